package org.griddesk.app.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.griddesk.app.testing.Fx;
import org.griddesk.app.testing.RecordingDialogService;
import org.griddesk.app.testing.TestGridDesk;
import org.griddesk.app.ui.EventBus;
import org.griddesk.app.ui.Session;
import org.griddesk.app.ui.UiContext;
import org.griddesk.app.ui.FxTaskExecutor;
import org.griddesk.app.ui.TaskExecutor;
import org.griddesk.core.cases.CaseQuery;
import org.griddesk.core.notifications.NotificationKind;
import org.griddesk.core.notifications.OutboxState;
import org.griddesk.core.access.Operator;
import org.griddesk.core.registrations.RegistrationQuery;
import org.griddesk.core.registrations.RegistrationRow;
import org.griddesk.core.registrations.RegistrationService;
import org.griddesk.core.registrations.RegistrationState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Почта" against the demo database without a mail server: letters wait in the outbox and can be resent. */
class OutboxViewModelTest {
    @TempDir
    static Path home;
    private static TestGridDesk grid;
    private static Operator clerk;
    private static long messagedCase;

    @BeforeAll
    static void startDatabase() {
        Fx.startToolkit();
        grid = TestGridDesk.demo(home);
        clerk = grid.clerk();
        RegistrationService registrations = grid.bean(RegistrationService.class);
        RegistrationRow fresh = registrations.list(clerk, new RegistrationQuery(null, RegistrationState.NEW, null,
                null, 0, 1)).rows().getFirst();
        registrations.reject(clerk, fresh.registration().id(), fresh.registration().version(), "Проверка почты");
        messagedCase = grid.caseService().find(clerk, CaseQuery.firstPage()).rows().stream().map(row -> row.id())
                .filter(id -> {
                    String email = grid.caseService().open(clerk, id).applicant().email().value();
                    return email != null && !email.isBlank();
                }).findFirst().orElseThrow();
        grid.caseService().addMessage(clerk, messagedCase, "<p>Письмо к делу</p>");
    }

    @AfterAll
    static void stopDatabase() {
        grid.close();
    }

    @Test
    void listsFiltersAndResends() {
        RecordingDialogService dialogs = new RecordingDialogService();
        try (TaskExecutor executor = new FxTaskExecutor(dialogs::showError)) {
            Session session = new Session();
            session.logIn(clerk);
            UiContext ui = new UiContext(executor, dialogs, new EventBus(), session);
            List<Long> opened = new CopyOnWriteArrayList<>();
            OutboxViewModel model = Fx.call(() -> new OutboxViewModel(grid.bean(org.griddesk.core.notifications.OutboxService.class),
                    ui, opened::add));
            Fx.run(model::activate);
            Fx.waitUntil("outbox loaded", () -> !model.loadingProperty().get() && !model.entries().isEmpty());
            assertThat(model.entries()).anyMatch(entry -> entry.body().contains("Проверка почты"));
            assertThat(model.deliveryConfigured()).as("no mail server: the screen says letters wait").isFalse();

            Fx.run(() -> model.stateProperty().set(OutboxState.SENT));
            Fx.waitUntil("sent only", () -> !model.loadingProperty().get()
                    && model.entries().stream().allMatch(entry -> entry.state() == OutboxState.SENT));
            Fx.run(() -> model.stateProperty().set(OutboxState.PENDING));
            Fx.waitUntil("pending", () -> !model.loadingProperty().get() && !model.entries().isEmpty()
                    && model.entries().stream().allMatch(entry -> entry.state() == OutboxState.PENDING));

            Fx.run(() -> model.selectedProperty().set(model.entries().getFirst()));
            Fx.run(model::read);
            assertThat(dialogs.infos()).as("the letter opened to read").singleElement()
                    .satisfies(shown -> assertThat(shown).contains("Кому: " + model.entries().getFirst().to(),
                            model.entries().getFirst().body()));
            assertThat(Fx.call(() -> model.canResendProperty().get())).isTrue();
            Fx.run(model::resend);
            Fx.waitUntil("queued again", () -> model.noticeProperty().get().contains("поставлено в очередь"));
            assertThat(dialogs.errors()).isEmpty();

            // Search and period: the case's letter is found by words of its subject and opens its case.
            Fx.run(() -> {
                model.stateProperty().set(null);
                model.searchTextProperty().set("сообщение НОВОЕ");
            });
            Fx.waitUntil("found by words", () -> !model.loadingProperty().get() && !model.entries().isEmpty()
                    && model.entries().stream().allMatch(entry -> entry.kind() == NotificationKind.ORGANISATION_MESSAGE));
            Fx.run(() -> model.selectedProperty().set(model.entries().getFirst()));
            assertThat(Fx.call(() -> model.hasCaseProperty().get())).isTrue();
            Fx.run(model::openSelectedCase);
            assertThat(opened).containsExactly(messagedCase);
            Fx.run(() -> model.fromProperty().set(LocalDate.now().plusDays(1)));
            Fx.waitUntil("nothing from tomorrow", () -> !model.loadingProperty().get() && model.entries().isEmpty());
            Fx.run(model::deactivate);
        }
    }
}
