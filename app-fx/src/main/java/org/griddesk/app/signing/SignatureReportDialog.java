package org.griddesk.app.signing;

import java.nio.file.Files;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import org.griddesk.app.ui.BackgroundTask;
import org.griddesk.app.ui.DialogService;
import org.griddesk.app.ui.UiTaskExecutor;
import org.griddesk.app.ui.UserMessages;
import org.griddesk.core.signing.CheckedSignature;
import org.griddesk.persistence.pdf.SimplePdf;

/** "Проверить подпись": the verification report in Russian, with "Сохранить в PDF". */
public final class SignatureReportDialog extends Dialog<Void> {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    public SignatureReportDialog(String documentName, CheckedSignature checked, UiTaskExecutor executor,
                                 DialogService dialogs) {
        setTitle("Проверка подписи");
        setHeaderText(null);
        Label verdict = new Label(checked.verdict());
        verdict.setId("signature-verdict");
        verdict.setWrapText(true);
        verdict.getStyleClass().add(checked.valid() ? "signature-done" : "signature-pending");
        verdict.setStyle("-fx-font-size: 15px; -fx-font-weight: bold;");
        TextArea report = new TextArea(String.join("\n", lines(documentName, checked)));
        report.setId("signature-report");
        report.setEditable(false);
        report.setWrapText(true);
        report.setPrefSize(640, 320);
        Button pdf = new Button("Сохранить в PDF");
        pdf.setId("save-report-pdf");
        pdf.setOnAction(event -> dialogs.chooseFileToSave("Сохранить отчёт о проверке", "Проверка подписи.pdf")
                .ifPresent(target -> executor.execute(BackgroundTask.of("Сохранение отчёта…", () ->
                                Files.write(target, SimplePdf.document("Отчёт о проверке электронной подписи",
                                        lines(documentName, checked))))
                        .onFailure(failure -> dialogs.showError("Отчёт не сохранён", UserMessages.describe(failure))))));
        getDialogPane().setContent(new VBox(10, verdict, report, pdf));
        getDialogPane().getButtonTypes().setAll(new ButtonType("Закрыть", ButtonBar.ButtonData.CANCEL_CLOSE));
    }

    static List<String> lines(String documentName, CheckedSignature checked) {
        List<String> lines = new ArrayList<>();
        lines.add("Документ: " + documentName);
        lines.add("Итог: " + checked.verdict());
        if (checked.signingTime() != null) {
            lines.add("Время подписания (по данным подписи): " + WHEN.format(checked.signingTime()));
        }
        lines.add("");
        lines.addAll(checked.report());
        return lines;
    }
}
