package org.griddesk.app.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.griddesk.app.testing.CurrentThreadTaskExecutor;
import org.griddesk.app.testing.RecordingDialogService;
import org.griddesk.app.ui.EventBus;
import org.griddesk.app.ui.Session;
import org.griddesk.app.ui.UiContext;
import org.griddesk.core.portal.PortalArrival;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PortalArrivalsViewModelTest {
    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    private final List<PortalArrival> stored = new ArrayList<>();
    private final List<Instant> asked = new ArrayList<>();
    private final EventBus events = new EventBus();
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final PortalArrivalsViewModel model = new PortalArrivalsViewModel((since, limit) -> {
        asked.add(since);
        return List.copyOf(stored);
    }, new UiContext(new CurrentThreadTaskExecutor(dialogs::showError), dialogs, events, new Session()),
            Clock.fixed(NOW, ZoneOffset.UTC));

    private static PortalArrival arrival(long id, boolean reply) {
        return new PortalArrival(id, 100 + id, reply, "Заявка на ТП гаража", reply ? "1563" : null, NOW);
    }

    @Test
    void eachArrivalIsToldOnceAndCountedUntilTheClerkLooks() {
        stored.add(arrival(1, false));
        List<String> told = new ArrayList<>();
        model.setOnArrivals(arrivals -> told.add(PortalArrival.summarize(arrivals)));
        model.activate();
        assertThat(told).as("what was there when the window opened is no news").isEmpty();

        stored.add(arrival(2, false));
        events.publish(new CaseChangedEvent(102));
        stored.add(arrival(3, true));
        stored.add(arrival(4, true));
        events.publish(new CaseChangedEvent(103));
        events.publish(new CaseChangedEvent(104));

        assertThat(told).as("what is new at each look, once").containsExactly("Новое обращение «Заявка на ТП гаража»",
                "Новых обращений: 0, ответов заявителей: 2");
        assertThat(model.unseenProperty().get()).isEqualTo(3);
        assertThat(asked).as("a minute back, for other workstations' clocks").containsOnly(NOW.minus(PortalArrivalsViewModel.LOOK_BACK));

        model.seen();
        assertThat(model.unseenProperty().get()).isZero();
        model.deactivate();
        stored.add(arrival(5, false));
        events.publish(new CaseChangedEvent(105));
        assertThat(told).as("not listening once deactivated").hasSize(2);
    }
}
