package org.griddesk.app.admin;

import java.nio.file.Path;
import org.griddesk.app.testing.Fx;
import org.griddesk.app.testing.TestGridDesk;
import org.griddesk.core.settings.OrganisationProfile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class OrganisationSettingsViewModelTest {
    @TempDir
    static Path home;
    private static TestGridDesk grid;
    private static AdminDesk desk;

    @BeforeAll
    static void start() {
        Fx.startToolkit();
        grid = TestGridDesk.demo(home);
        desk = new AdminDesk(grid);
    }

    @AfterAll
    static void stop() {
        grid.close();
    }

    private record Opened(OrganisationSettingsViewModel model, AdminDesk.Workstation workstation) {
    }

    private static Opened open() {
        AdminDesk.Workstation workstation = desk.workstation(desk.admin());
        OrganisationSettingsViewModel model = Fx.call(() -> new OrganisationSettingsViewModel(desk.settings, workstation.ui()));
        Fx.run(model::activate);
        Fx.waitUntil("settings loaded", () -> model.loadedProperty().get() != null);
        return new Opened(model, workstation);
    }

    @Test
    void showsTheSeededOrganisationAndSavesAChange() {
        Opened opened = open();
        OrganisationSettingsViewModel model = opened.model();
        assertThat(Fx.call(() -> model.field(ProfileField.NAME).get())).isEqualTo("АО «Городская электросеть»");
        assertThat(Fx.call(() -> model.dirtyBinding().get())).isFalse();

        Fx.run(() -> model.field(ProfileField.PHONE).set("+7 (3842) 11-22-33"));
        Fx.run(() -> model.field(ProfileField.APPLICATION_FORMS_URL).set(""));
        assertThat(Fx.call(() -> model.dirtyBinding().get())).isTrue();
        Fx.run(model::save);
        Fx.waitUntil("saved", () -> "Сохранено".equals(model.noticeProperty().get()));

        OrganisationProfile stored = desk.settings.profile();
        assertThat(stored.phone()).isEqualTo("+7 (3842) 11-22-33");
        assertThat(stored.applicationFormsLink()).isEmpty();
        assertThat(Fx.call(() -> model.dirtyBinding().get())).isFalse();
        assertThat(desk.audited).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("Изменение данных и настроек организации");
            assertThat(entry.after()).contains("Телефон: +7 (3842) 11-22-33");
        });
        assertThat(opened.workstation().dialogs().errors()).isEmpty();
    }

    @Test
    void aWrongAddressIsExplainedAndTheInputStays() {
        Opened opened = open();
        OrganisationSettingsViewModel model = opened.model();
        Fx.run(() -> model.field(ProfileField.NOTIFICATION_MAILBOX).set("почта.gorset.ru"));
        Fx.run(model::save);
        Fx.waitUntil("refused", () -> !opened.workstation().dialogs().errors().isEmpty());
        assertThat(opened.workstation().dialogs().errors().getFirst()).isEqualTo("Данные не сохранены: "
                + "«Электронная почта для уведомлений о новых регистрациях»: Некорректный адрес электронной почты");
        assertThat(Fx.call(() -> model.field(ProfileField.NOTIFICATION_MAILBOX).get())).isEqualTo("почта.gorset.ru");
    }

    @Test
    void theSecondOfTwoAdministratorsIsToldWhatWasNotSaved() {
        Opened first = open();
        Opened second = open();
        Fx.run(() -> first.model().field(ProfileField.SITE).set("https://first.gorset.ru"));
        Fx.run(() -> second.model().field(ProfileField.SITE).set("https://second.gorset.ru"));

        Fx.run(first.model()::save);
        Fx.waitUntil("first saved", () -> "Сохранено".equals(first.model().noticeProperty().get()));
        Fx.run(second.model()::save);
        Fx.waitUntil("second refused", () -> second.model().noticeProperty().get().startsWith("Не сохранено"));

        assertThat(second.workstation().dialogs().errors()).singleElement().asString()
                .startsWith("Данные изменены другим администратором: Данные и настройки уже изменены");
        assertThat(Fx.call(() -> second.model().noticeProperty().get())).contains("Сайт «https://second.gorset.ru»");
        assertThat(Fx.call(() -> second.model().field(ProfileField.SITE).get())).isEqualTo("https://first.gorset.ru");
        assertThat(desk.settings.profile().site()).isEqualTo("https://first.gorset.ru");
    }

    @Test
    void aClerkCannotSaveEvenWithTheFormInFrontOfThem() {
        AdminDesk.Workstation clerk = desk.workstation(grid.clerk());
        OrganisationSettingsViewModel model = Fx.call(() -> new OrganisationSettingsViewModel(desk.settings, clerk.ui()));
        Fx.run(model::activate);
        Fx.waitUntil("loaded for reading", () -> model.loadedProperty().get() != null);
        Fx.run(() -> model.field(ProfileField.NAME).set("ООО «Захват»"));
        Fx.run(model::save);
        Fx.waitUntil("refused", () -> !clerk.dialogs().errors().isEmpty());
        assertThat(clerk.dialogs().errors().getFirst()).contains("Недостаточно прав");
        assertThat(desk.settings.profile().name()).isNotEqualTo("ООО «Захват»");
    }
}
