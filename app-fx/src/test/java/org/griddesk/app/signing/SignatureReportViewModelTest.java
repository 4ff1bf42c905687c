package org.griddesk.app.signing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.griddesk.app.testing.CurrentThreadTaskExecutor;
import org.griddesk.app.testing.RecordingDialogService;
import org.griddesk.app.ui.EventBus;
import org.griddesk.app.ui.Session;
import org.griddesk.app.ui.UiContext;
import org.griddesk.core.signing.CheckedSignature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class SignatureReportViewModelTest {
    @Test
    void theReportNamesTheCaseTheFileItsHashWhoCheckedAndWhenAndSoDoesItsFileName(@TempDir Path folder) throws Exception {
        RecordingDialogService dialogs = new RecordingDialogService();
        Path target = folder.resolve("report.pdf");
        dialogs.chooseFile(target);
        UiContext ui = new UiContext(new CurrentThreadTaskExecutor(dialogs::showError), dialogs, new EventBus(), new Session());
        List<List<String>> printed = new ArrayList<>();
        CheckedDocument document = new CheckedDocument("№ ТП-1563/26", "Оферта договора", "offer.pdf", "ab12".repeat(16),
                "Иванова Мария Сергеевна", Instant.parse("2026-12-02T11:05:00Z"), ZoneId.of("Europe/Moscow"));
        SignatureReportViewModel model = new SignatureReportViewModel(document,
                new CheckedSignature(true, "Подпись действительна", null, null, List.of("Подписант: Петров")),
                (heading, lines) -> {
                    printed.add(lines);
                    return new byte[] {1};
                }, ui);

        assertThat(model.lines()).startsWith("Обращение: № ТП-1563/26", "Документ: Оферта договора (файл «offer.pdf»)",
                "SHA-256 файла: " + "ab12".repeat(16))
                .anyMatch(line -> line.startsWith("Проверено: 02.12.2026 14:05:00 (UTC+03:00") && line.endsWith("Иванова Мария Сергеевна"));
        model.saveAsPdf();
        assertThat(dialogs.suggestedNames()).containsExactly("Проверка подписи — № ТП-1563-26 — 2026-12-02.pdf");
        assertThat(printed).containsExactly(model.lines());
        assertThat(Files.readAllBytes(target)).containsExactly(1);
    }
}
