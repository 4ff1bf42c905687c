package org.griddesk.app.shell;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TabPane;
import org.griddesk.app.testing.Fx;
import org.griddesk.app.testing.RecordingDialogService;
import org.griddesk.app.testing.TestGridDesk;
import org.griddesk.app.ui.EventBus;
import org.griddesk.app.ui.FxTaskExecutor;
import org.griddesk.app.ui.SaveChoice;
import org.griddesk.app.ui.Session;
import org.griddesk.app.ui.UiContext;
import org.griddesk.core.cases.CaseQuery;
import org.griddesk.core.cases.CaseSortColumn;
import org.griddesk.core.cases.CaseStatuses;
import org.griddesk.core.cases.CaseSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** «Выйти» and closing the window ask about each card with unsaved input; «Отмена» keeps everything open. */
class LeavingWithUnsavedCardsTest {
    @Test
    void logOutAsksCardByCardAndCancelStaysPut(@TempDir Path home) {
        Fx.startToolkit();
        try (TestGridDesk app = TestGridDesk.demo(home)) {
            RecordingDialogService dialogs = new RecordingDialogService();
            Session session = new Session();
            session.logIn(app.clerk());
            UiContext ui = new UiContext(new FxTaskExecutor(dialogs::showError), dialogs, new EventBus(), session);
            List<CaseSummary> cases = app.caseService().find(app.clerk(), new CaseQuery(Set.of(CaseStatuses.INITIAL),
                    null, null, null, null, CaseSortColumn.CREATED, true, 0, 2)).rows();
            AtomicInteger left = new AtomicInteger();
            ShellView shell = Fx.call(() -> new ShellView(ui, app.bean(Workplace.class), left::incrementAndGet));
            Fx.run(() -> cases.forEach(row -> shell.openCase(row.id())));
            TabPane tabs = (TabPane) shell.root().lookup("#main-tabs");
            ComboBox<?> status = Fx.call(() -> (ComboBox<?>) tabs.getTabs().getLast().getContent().lookup("#case-status"));
            Fx.waitUntil("the second card loaded", () -> Fx.call(() -> !status.getEditor().getText().isEmpty()));
            Fx.run(() -> status.getEditor().setText("Подготовка оферты договора"));
            assertThat(Fx.call(shell::hasUnsavedCases)).isTrue();

            dialogs.answerSaveQuestion(SaveChoice.CANCEL);
            Fx.run(() -> shell.closeAllCases(left::incrementAndGet));
            assertThat(left).as("cancelled: still logged in").hasValue(0);
            assertThat(dialogs.saveQuestions()).hasSize(1);
            assertThat(Fx.call(() -> tabs.getTabs().stream().filter(tab -> tab.isClosable()).count()))
                    .as("the clean card closed, the unsaved one stays").isEqualTo(1);

            dialogs.answerSaveQuestion(SaveChoice.DISCARD);
            Fx.run(() -> shell.closeAllCases(left::incrementAndGet));
            assertThat(left).hasValue(1);
            assertThat(Fx.call(shell::hasUnsavedCases)).isFalse();
            assertThat(Fx.call(() -> tabs.getTabs().stream().noneMatch(tab -> tab.isClosable()))).isTrue();
            Fx.run(shell::dispose);
        }
    }
}
