package org.griddesk.app.admin;

import java.nio.file.Path;
import org.griddesk.app.testing.Fx;
import org.griddesk.app.testing.TestGridDesk;
import org.griddesk.core.settings.PortalPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class PortalTextsViewModelTest {
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

    private record Opened(PortalTextsViewModel model, AdminDesk.Workstation workstation) {
    }

    private static Opened open() {
        AdminDesk.Workstation workstation = desk.workstation(desk.admin());
        PortalTextsViewModel model = Fx.call(() -> new PortalTextsViewModel(desk.settings, workstation.ui()));
        Fx.run(model::activate);
        Fx.waitUntil("texts loaded", () -> model.storedProperty(PortalPage.HELP).get() != null);
        return new Opened(model, workstation);
    }

    /** The first page is left as seeded by the other tests of this class. */
    @Test
    void loadsTheStoredTextsIntoDraftsAndPreviews() {
        Opened opened = open();
        assertThat(Fx.call(() -> opened.model().draftProperty(PortalPage.FIRST_PAGE).get()))
                .contains("Добро пожаловать в личный кабинет АО «Городская электросеть»");
        assertThat(Fx.call(() -> opened.model().previewProperty(PortalPage.FIRST_PAGE).get())).contains("Документооборот");
    }

    @Test
    void previewsAndSavesWhatTheEditorHoldsSanitised() {
        Opened opened = open();
        PortalTextsViewModel model = opened.model();
        // What javafx.scene.web.HTMLEditor hands over: a whole document.
        String edited = "<html dir=\"ltr\"><head></head><body contenteditable=\"true\"><p>Телефон горячей линии: "
                + "<b>8-800-000-00-00</b></p><img src=x onerror=\"alert(1)\"><script>alert(2)</script></body></html>";
        Fx.run(() -> model.draftProperty(PortalPage.HELP).set(edited));
        Fx.run(() -> model.preview(PortalPage.HELP));
        Fx.waitUntil("preview", () -> model.previewProperty(PortalPage.HELP).get().contains("8-800"));
        assertThat(Fx.call(() -> model.previewProperty(PortalPage.HELP).get()))
                .doesNotContain("script", "onerror", "<img", "contenteditable", "<html");

        Fx.run(() -> model.save(PortalPage.HELP));
        Fx.waitUntil("saved", () -> model.noticeProperty().get().startsWith("Сохранено"));
        String stored = desk.settings.portalTexts().help().html();
        assertThat(stored).contains("<b>8-800-000-00-00</b>").doesNotContain("script", "onerror", "<img");
        assertThat(Fx.call(() -> model.draftProperty(PortalPage.HELP).get())).isEqualTo(stored);
        assertThat(desk.audited).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("Изменение текста портала");
            assertThat(entry.subject()).isEqualTo(PortalPage.HELP.title());
        });
    }

    @Test
    void aStaleSaveKeepsTheDraftShowsTheirTextAndASecondSaveIsDeliberate() {
        Opened first = open();
        Opened second = open();
        Fx.run(() -> first.model().draftProperty(PortalPage.LOGIN).set("<p>Текст первого</p>"));
        Fx.run(() -> second.model().draftProperty(PortalPage.LOGIN).set("<p>Текст второго</p>"));

        Fx.run(() -> first.model().save(PortalPage.LOGIN));
        Fx.waitUntil("first saved", () -> first.model().noticeProperty().get().startsWith("Сохранено"));
        Fx.run(() -> second.model().save(PortalPage.LOGIN));
        Fx.waitUntil("second refused", () -> second.model().noticeProperty().get().startsWith("Не сохранено"));

        assertThat(second.workstation().dialogs().errors()).singleElement().asString()
                .startsWith("Текст изменён другим администратором");
        assertThat(Fx.call(() -> second.model().draftProperty(PortalPage.LOGIN).get())).isEqualTo("<p>Текст второго</p>");
        assertThat(Fx.call(() -> second.model().previewProperty(PortalPage.LOGIN).get())).isEqualTo("<p>Текст первого</p>");
        assertThat(desk.settings.portalTexts().login().html()).isEqualTo("<p>Текст первого</p>");

        Fx.run(() -> second.model().save(PortalPage.LOGIN));
        Fx.waitUntil("second saved", () -> second.model().noticeProperty().get().startsWith("Сохранено"));
        assertThat(desk.settings.portalTexts().login().html()).isEqualTo("<p>Текст второго</p>");

        Fx.run(() -> first.model().draftProperty(PortalPage.LOGIN).set("<p>Черновик</p>"));
        Fx.run(() -> first.model().revert(PortalPage.LOGIN));
        assertThat(Fx.call(() -> first.model().draftProperty(PortalPage.LOGIN).get())).isEqualTo("<p>Текст первого</p>");
    }
}
