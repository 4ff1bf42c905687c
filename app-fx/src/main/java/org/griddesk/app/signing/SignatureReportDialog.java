package org.griddesk.app.signing;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import org.griddesk.app.ui.Icons;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

/** "Проверить подпись": the verification report in Russian, with "Сохранить в PDF". */
public final class SignatureReportDialog extends Dialog<Void> {

    public SignatureReportDialog(SignatureReportViewModel model) {
        setTitle("Проверка подписи");
        setHeaderText(null);
        Label verdict = new Label(model.verdict());
        verdict.setId("signature-verdict");
        verdict.setWrapText(true);
        verdict.getStyleClass().add(model.valid() ? "signature-done" : "signature-pending");
        verdict.setStyle("-fx-font-size: 15px; -fx-font-weight: bold;");
        TextArea report = new TextArea(String.join("\n", model.lines()));
        report.setId("signature-report");
        report.setEditable(false);
        report.setWrapText(true);
        report.setPrefSize(640, 320);
        Button pdf = Icons.button("Сохранить в PDF", MaterialDesignF.FILE_PDF_BOX);
        pdf.setId("save-report-pdf");
        pdf.setOnAction(event -> model.saveAsPdf());
        getDialogPane().setContent(new VBox(10, verdict, report, pdf));
        getDialogPane().getButtonTypes().setAll(new ButtonType("Закрыть", ButtonBar.ButtonData.CANCEL_CLOSE));
    }
}
