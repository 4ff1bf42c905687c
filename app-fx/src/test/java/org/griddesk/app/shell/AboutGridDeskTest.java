package org.griddesk.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.Button;
import org.griddesk.app.testing.Fx;
import org.griddesk.app.testing.RecordingDialogService;
import org.griddesk.app.testing.TestGridDesk;
import org.griddesk.app.ui.EventBus;
import org.griddesk.app.ui.FxTaskExecutor;
import org.griddesk.app.ui.Session;
import org.griddesk.app.ui.UiContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** «О программе» in the window's header: the version, Java, which database and the home folder. */
class AboutGridDeskTest {
    @Test
    void theHeaderTellsWhatRunsWhere(@TempDir Path home) {
        Fx.startToolkit();
        try (TestGridDesk app = TestGridDesk.demo(home)) {
            RecordingDialogService dialogs = new RecordingDialogService();
            Session session = new Session();
            session.logIn(app.clerk());
            FxTaskExecutor executor = new FxTaskExecutor(dialogs::showError);
            UiContext ui = new UiContext(executor, dialogs, new EventBus(), session);
            ShellView shell = Fx.call(() -> new ShellView(ui, app.bean(Workplace.class), () -> { }));
            Fx.run(() -> ((Button) shell.root().lookup("#about")).fire());

            assertThat(dialogs.infos()).singleElement().asString()
                    .startsWith("О программе: GridDesk 0.1.0-SNAPSHOT\nJava: " + System.getProperty("java.version"))
                    .contains("База данных: встроенная (только это рабочее место)")
                    .endsWith("Рабочая папка: " + home.toAbsolutePath());
            Fx.run(shell::dispose);
            executor.close();
        }
    }
}
