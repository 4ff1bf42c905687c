package org.griddesk.app.signing;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.griddesk.app.ui.BackgroundTask;
import org.griddesk.app.ui.UiContext;
import org.griddesk.app.ui.UserMessages;
import org.griddesk.core.reports.PdfReports;
import org.griddesk.core.signing.CheckedSignature;

/** "Проверить подпись": the verdict, the report's lines, and "Сохранить в PDF" in the background. */
public class SignatureReportViewModel {
    private final CheckedDocument document;
    private final CheckedSignature checked;
    private final PdfReports pdf;
    private final UiContext ui;

    public SignatureReportViewModel(CheckedDocument document, CheckedSignature checked, PdfReports pdf, UiContext ui) {
        this.document = document;
        this.checked = checked;
        this.pdf = pdf;
        this.ui = ui;
    }

    public String verdict() {
        return checked.verdict();
    }

    public boolean valid() {
        return checked.valid();
    }

    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add("Обращение: " + document.caseLabel());
        lines.add("Документ: " + document.documentName() + " (файл «" + document.fileName() + "»)");
        lines.add("SHA-256 файла: " + document.sha256());
        lines.add("Проверено: " + document.checkedAtText() + ", " + document.operator());
        lines.add("Итог: " + checked.verdict());
        // The report's own lines give the signing time (with the zone), once.
        lines.add("");
        lines.addAll(checked.report());
        return lines;
    }

    public void saveAsPdf() {
        ui.dialogs().chooseFileToSave("Сохранить отчёт о проверке", document.reportFileName())
                .ifPresent(target -> ui.executor().execute(BackgroundTask.of("Сохранение отчёта…", () ->
                                Files.write(target, pdf.document("Отчёт о проверке электронной подписи", lines())))
                        .onFailure(failure -> ui.dialogs().showError("Отчёт не сохранён", UserMessages.describe(failure)))));
    }
}
