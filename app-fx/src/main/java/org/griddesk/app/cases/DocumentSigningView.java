package org.griddesk.app.cases;

import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.griddesk.app.signing.SignDocumentDialog;
import org.griddesk.app.signing.SignatureReportDialog;
import org.griddesk.core.cases.DocumentItem;
import org.griddesk.core.signing.DocumentSignature;
import org.griddesk.core.signing.SignatureKind;
import org.griddesk.core.signing.SigningProgress;
import org.griddesk.core.signing.SigningState;
import org.griddesk.app.ui.Icons;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/** Under a two-sided document: where signing stands, "Подписать", and each signature's file and check. */
final class DocumentSigningView {
    private DocumentSigningView() {
    }

    static Node of(DocumentItem document, SigningProgress progress, CaseCardViewModel model) {
        CaseSignaturesViewModel signatures = model.signatures();
        VBox block = new VBox(4);
        block.getStyleClass().add("signing-block");
        boolean signed = progress.state() == SigningState.SIGNED;
        for (String line : progress.describe(signatures.organisationNameProperty().get(), ZoneId.systemDefault())) {
            Label label = new Label(line);
            label.setWrapText(true);
            label.getStyleClass().add(line.contains("не принята") ? "field-error" : signed ? "signature-done" : "signature-pending");
            block.getChildren().add(label);
        }
        HBox buttons = new HBox(6);
        buttons.setAlignment(Pos.CENTER_LEFT);
        if (progress.state() == SigningState.AWAITING_ORGANISATION && signatures.canSign()) {
            Button sign = Icons.button("Подписать", MaterialDesignD.DRAW);
            sign.getStyleClass().addAll("accent", "sign-document");
            sign.setOnAction(event -> model.ui().dialogs()
                    .showCustom(new SignDocumentDialog(signatures.newSigningDialog(document), model.ui().dialogs()))
                    .ifPresent(signer -> signatures.sign(document, signer)));
            buttons.getChildren().add(sign);
        }
        Stream.concat(Stream.concat(progress.organisation().stream(), progress.applicant().stream()),
                        progress.rejected().stream())
                .filter(signature -> signature.kind() == SignatureKind.QUALIFIED)
                .forEach(signature -> buttons.getChildren().addAll(signatureButtons(document, signature, model)));
        if (!buttons.getChildren().isEmpty()) {
            block.getChildren().add(buttons);
        }
        return block;
    }

    private static List<Button> signatureButtons(DocumentItem document, DocumentSignature signature,
                                                   CaseCardViewModel model) {
        String whose = signature.side().title().replace("От ", "").toLowerCase();
        Button download = Icons.button("Скачать подпись (" + whose + ")", MaterialDesignD.DOWNLOAD);
        download.getStyleClass().add("download-signature");
        download.setOnAction(event -> model.signatures().downloadSignature(document, signature));
        Button verify = Icons.button("Проверить подпись (" + whose + ")", MaterialDesignS.SHIELD_CHECK);
        verify.getStyleClass().add("verify-signature");
        verify.setOnAction(event -> model.signatures().verifySignature(document, signature,
                report -> model.ui().dialogs().showCustom(new SignatureReportDialog(report))));
        return List.of(download, verify);
    }
}
