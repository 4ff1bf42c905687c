package org.griddesk.app.registrations;

import static org.assertj.core.api.Assertions.assertThat;
import org.griddesk.core.preferences.PreferenceService;
import org.griddesk.core.testing.InMemoryPreferences;

import java.nio.file.Path;
import java.util.List;
import org.griddesk.app.testing.Fx;
import org.griddesk.app.testing.RecordingDialogService;
import org.griddesk.app.testing.TestGridDesk;
import org.griddesk.app.ui.EventBus;
import org.griddesk.app.ui.Session;
import org.griddesk.app.ui.UiContext;
import org.griddesk.app.ui.FxTaskExecutor;
import org.griddesk.app.ui.TaskExecutor;
import org.griddesk.core.applicants.ApplicantType;
import org.griddesk.core.access.Operator;
import org.griddesk.core.registrations.RegistrationCard;
import org.griddesk.core.registrations.RegistrationState;
import org.griddesk.core.registrations.RegistrationService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The registration queue and card against the real demo database, without a window. */
class RegistrationsViewModelTest {
    @TempDir
    static Path home;
    private static TestGridDesk grid;
    private static Operator clerk;

    private final RecordingDialogService dialogs = new RecordingDialogService();
    private TaskExecutor executor;
    private RegistrationsViewModel model;

    @BeforeAll
    static void startDatabase() {
        Fx.startToolkit();
        grid = TestGridDesk.demo(home);
        clerk = grid.clerk();
    }

    @AfterAll
    static void stopDatabase() {
        grid.close();
    }

    @BeforeEach
    void openQueue() {
        executor = new FxTaskExecutor(dialogs::showError);
        Session session = new Session();
        session.logIn(clerk);
        UiContext ui = new UiContext(executor, dialogs, new EventBus(), session);
        model = Fx.call(() -> new RegistrationsViewModel(grid.bean(RegistrationService.class), new PreferenceService(new InMemoryPreferences()), ui));
        Fx.run(model::activate);
        Fx.waitUntil("queue loaded", () -> !model.loadingProperty().get() && !model.rows().isEmpty());
    }

    @AfterEach
    void closeQueue() {
        Fx.run(model::deactivate);
        executor.close();
    }

    @Test
    void showsTheDemoQueueNewestFirstWithFlaggedRows() {
        List<RegistrationQueueRow> rows = Fx.call(() -> List.copyOf(model.rows()));
        assertThat(rows).hasSize(60);
        assertThat(model.totalTextProperty().get()).isEqualTo("Всего: 60");
        assertThat(rows).anyMatch(row -> row.duplicates() > 0);
        assertThat(rows).anyMatch(row -> row.problems() > 0 && row.problemsText().startsWith("⚠"));
        assertThat(rows).anyMatch(row -> row.activation().equals("истекла"));
        assertThat(rows).anyMatch(row -> row.activation().startsWith("осталось"));
        assertThat(rows).anyMatch(row -> row.activation().equals("активирована"));
        assertThat(rows.getFirst().registeredAt()).isNotEmpty();
    }

    @Test
    void filtersByTypeAndState() {
        Fx.run(() -> model.typeProperty().set(ApplicantType.LEGAL_ENTITY));
        Fx.waitUntil("legal entities", () -> !model.loadingProperty().get()
                && model.rows().stream().allMatch(row -> row.type().equals(ApplicantType.LEGAL_ENTITY.title())));
        assertThat(Fx.call(() -> model.rows().size())).isEqualTo(15);
        Fx.run(() -> {
            model.typeProperty().set(null);
            model.stateProperty().set(RegistrationState.CONFIRMED);
        });
        Fx.waitUntil("confirmed only", () -> !model.loadingProperty().get() && !model.rows().isEmpty()
                && model.rows().stream().allMatch(row -> row.state().equals(RegistrationState.CONFIRMED.title())));
    }

    @Test
    void aDuplicateLinkOpensTheOtherRegistration() {
        RegistrationCard card = openFirst(row -> row.duplicates() > 0);
        assertThat(card.duplicates()).isNotEmpty();
        var withRegistration = card.duplicates().stream().filter(d -> d.otherRegistrationId() != null).findFirst();
        withRegistration.ifPresent(duplicate -> {
            assertThat(RegistrationDetailView.linkText(duplicate)).startsWith("Совпадает ")
                    .contains("с регистрацией №" + duplicate.otherRegistrationId());
            Fx.run(() -> model.openDuplicate(duplicate));
            Fx.waitUntil("other card", () -> model.cardProperty().get() != null
                    && model.cardProperty().get().registration().id() == duplicate.otherRegistrationId());
        });
    }

    @Test
    void rejectsWithAReasonAndThenUnblocksABlockedOne() {
        RegistrationCard card = openFirst(row -> row.state().equals(RegistrationState.NEW.title()));
        assertThat(Fx.call(() -> model.canReviewProperty().get())).isTrue();
        Fx.run(() -> model.reject("Неверные данные"));
        Fx.waitUntil("rejected", () -> model.cardProperty().get().registration().state() == RegistrationState.REJECTED);
        assertThat(model.cardProperty().get().history().getFirst().after()).contains("Неверные данные");
        assertThat(Fx.call(() -> model.canReviewProperty().get())).isFalse();
        assertThat(Fx.call(() -> model.canBlockProperty().get())).isTrue();

        Fx.run(() -> model.block("Заявка от имени другого лица"));
        Fx.waitUntil("blocked", () -> model.cardProperty().get().registration().state() == RegistrationState.BLOCKED);
        assertThat(Fx.call(() -> model.canUnblockProperty().get())).isTrue();
        Fx.run(model::unblock);
        Fx.waitUntil("restored", () -> model.cardProperty().get().registration().state() == RegistrationState.REJECTED);
        assertThat(dialogs.errors()).isEmpty();
        assertThat(card.registration().id()).isEqualTo(model.cardProperty().get().registration().id());
    }

    @Test
    void aStaleCardIsRefusedAndReloaded() {
        RegistrationCard seen = openFirst(row -> row.state().equals(RegistrationState.NEW.title()));
        // Another workstation asks for a correction first.
        grid.bean(RegistrationService.class).requestCorrection(clerk, seen.registration().id(),
                seen.registration().version(), "Исправьте ИНН");
        Fx.run(() -> model.reject("Поздно"));
        Fx.waitUntil("fresh card", () -> model.cardProperty().get().registration().state()
                == RegistrationState.CORRECTION_REQUESTED);
        assertThat(dialogs.errors()).singleElement().asString().contains("изменена другим пользователем");
    }

    @Test
    void anEmptyReasonIsRefused() {
        openFirst(row -> row.state().equals(RegistrationState.NEW.title()));
        Fx.run(() -> model.requestCorrection("  "));
        Fx.waitUntil("error shown", () -> !dialogs.errors().isEmpty());
        assertThat(dialogs.errors().getFirst()).contains("Укажите, что заявителю нужно исправить");
    }

    private RegistrationCard openFirst(java.util.function.Predicate<RegistrationQueueRow> wanted) {
        RegistrationQueueRow row = Fx.call(() -> model.rows().stream().filter(wanted).findFirst().orElseThrow());
        Fx.run(() -> model.select(row.id()));
        Fx.waitUntil("card of " + row.id(), () -> model.cardProperty().get() != null
                && model.cardProperty().get().registration().id() == row.id());
        return model.cardProperty().get();
    }
}
