package org.griddesk.app.cases;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import org.griddesk.app.ui.Activatable;
import org.griddesk.app.ui.BackgroundTask;
import org.griddesk.app.ui.UiContext;
import org.griddesk.core.portal.PortalArrival;
import org.griddesk.core.portal.PortalArrivals;

/**
 * What applicants sent that any workstation has just taken in from the portal: each is told once (a notification
 * the view shows) and counted until the clerk looks at the queue. Asked after each change of cases (the portal's
 * arrivals change cases), not on a timer of its own. Other workstations' clocks may differ, so it looks a minute
 * back and remembers what it told.
 */
public final class PortalArrivalsViewModel implements Activatable {
    static final Duration LOOK_BACK = Duration.ofMinutes(1);
    private static final int LIMIT = 200;

    private final PortalArrivals arrivals;
    private final UiContext ui;
    private final Clock clock;
    private final ReadOnlyIntegerWrapper unseen = new ReadOnlyIntegerWrapper(this, "unseen");
    private final Map<Long, Instant> told = new HashMap<>();
    private Consumer<List<PortalArrival>> onArrivals = arrivals -> { };
    private Runnable stopListening;
    private boolean baselined;

    public PortalArrivalsViewModel(PortalArrivals arrivals, UiContext ui, Clock clock) {
        this.arrivals = arrivals;
        this.ui = ui;
        this.clock = clock;
    }

    /** How many arrived since the clerk last looked at the queue. */
    public ReadOnlyIntegerProperty unseenProperty() {
        return unseen.getReadOnlyProperty();
    }

    /** Called on the FX thread with what is new since the last call, never empty. */
    public void setOnArrivals(Consumer<List<PortalArrival>> onArrivals) {
        this.onArrivals = onArrivals;
    }

    /** The clerk is looking at the queue. */
    public void seen() {
        unseen.set(0);
    }

    /** What is there already when the window opens is not news. */
    @Override
    public void activate() {
        stopListening = ui.events().subscribe(CaseChangedEvent.class, event -> check());
        check();
    }

    @Override
    public void deactivate() {
        if (stopListening != null) {
            stopListening.run();
            stopListening = null;
        }
    }

    private void check() {
        Instant since = clock.instant().minus(LOOK_BACK);
        ui.executor().execute(BackgroundTask.of("Проверка поступлений с портала…", () -> arrivals.takenInSince(since, LIMIT))
                .onSuccess(this::arrived)
                // A database away is the connection banner's to tell; the next change of cases asks again.
                .onFailure(ignored -> { }));
    }

    private void arrived(List<PortalArrival> latest) {
        told.values().removeIf(at -> at.isBefore(clock.instant().minus(LOOK_BACK.multipliedBy(2))));
        List<PortalArrival> news = latest.stream()
                .filter(arrival -> told.putIfAbsent(arrival.submissionId(), clock.instant()) == null).toList();
        if (baselined && !news.isEmpty()) {
            unseen.set(unseen.get() + news.size());
            onArrivals.accept(news);
        }
        baselined = true;
    }
}
