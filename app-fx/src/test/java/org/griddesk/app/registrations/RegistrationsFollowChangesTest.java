package org.griddesk.app.registrations;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import org.griddesk.app.sync.RegistrationChanges;
import org.griddesk.app.testing.Fx;
import org.griddesk.app.testing.RecordingDialogService;
import org.griddesk.app.testing.TestGridDesk;
import org.griddesk.app.ui.EventBus;
import org.griddesk.app.ui.FxTaskExecutor;
import org.griddesk.app.ui.Session;
import org.griddesk.app.ui.UiContext;
import org.griddesk.core.access.Operator;
import org.griddesk.core.applicants.ApplicantType;
import org.griddesk.core.preferences.PreferenceService;
import org.griddesk.core.registrations.RegistrationService;
import org.griddesk.core.registrations.RegistrationState;
import org.griddesk.core.testing.InMemoryPreferences;
import org.griddesk.persistence.demo.SimulatedPortal;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An open «Регистрации» queue follows what happens elsewhere without the clerk reloading — told by the window's
 * {@link RegistrationChanges}: a registration the portal writes (taken in by this workstation's intake), and another
 * workstation's decision.
 */
class RegistrationsFollowChangesTest {
    private static final Duration WITHIN = Duration.ofSeconds(15);

    @Test
    void aPortalRegistrationAndAnotherClerksDecisionShowWithoutReloading(@TempDir Path home) {
        Fx.startToolkit();
        try (TestGridDesk grid = TestGridDesk.demo(home)) {
            Operator clerk = grid.clerk();
            RecordingDialogService dialogs = new RecordingDialogService();
            FxTaskExecutor executor = new FxTaskExecutor(dialogs::showError);
            Session session = new Session();
            session.logIn(clerk);
            EventBus events = new EventBus();
            RegistrationsViewModel model = Fx.call(() -> new RegistrationsViewModel(grid.bean(RegistrationService.class),
                    new PreferenceService(new InMemoryPreferences()), new UiContext(executor, dialogs, events, session)));
            RegistrationChanges changes = new RegistrationChanges(grid.bean(RegistrationService.class), session, events);
            changes.start();
            Fx.run(model::activate);
            Fx.waitUntil("queue loaded", () -> !model.loadingProperty().get() && !model.rows().isEmpty());
            int before = Fx.call(() -> model.rows().size());

            new SimulatedPortal(grid.bean(DSLContext.class)).register(ApplicantType.INDIVIDUAL, 9_001, new Random(9),
                    Instant.now());
            Fx.waitUntil("the portal's registration listed", WITHIN, () -> model.rows().size() == before + 1);
            RegistrationQueueRow arrived = Fx.call(() -> model.rows().getFirst());

            var card = grid.bean(RegistrationService.class).open(clerk, arrived.id());
            grid.bean(RegistrationService.class).requestCorrection(clerk, arrived.id(), card.registration().version(),
                    "Исправьте СНИЛС");
            Fx.waitUntil("the other clerk's decision shown", WITHIN, () -> model.rows().stream()
                    .anyMatch(row -> row.id() == arrived.id()
                            && row.state().equals(RegistrationState.CORRECTION_REQUESTED.title())));
            assertThat(dialogs.errors()).isEmpty();
            Fx.run(model::deactivate);
            changes.close();
            executor.close();
        }
    }
}
