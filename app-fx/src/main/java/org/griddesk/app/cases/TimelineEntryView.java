package org.griddesk.app.cases;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.griddesk.core.cases.DocumentItem;
import org.griddesk.core.cases.MessageItem;
import org.griddesk.core.cases.StatusNoteItem;
import org.griddesk.core.cases.TimelineItem;
import org.griddesk.app.ui.HtmlTextFlow;
import org.griddesk.core.signing.SigningProgress;
import org.griddesk.app.ui.Icons;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;

/** One entry of the timeline: who and when, then the document, message or status note, and its buttons. */
final class TimelineEntryView {
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(ZoneId.systemDefault());

    private TimelineEntryView() {
    }

    static Node of(TimelineItem item, CaseCardViewModel model) {
        Label side = new Label(item.side().title());
        side.getStyleClass().addAll("timeline-side", "side-" + item.side().name().toLowerCase());
        Label meta = new Label(WHEN.format(item.createdAt()) + " · " + item.author());
        meta.getStyleClass().add("timeline-meta");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(8, side, meta, spacer);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox entry = new VBox(6, top);
        entry.getStyleClass().addAll("timeline-card", "timeline-" + item.getClass().getSimpleName().toLowerCase());
        entry.setId("timeline-item-" + item.id());
        switch (item) {
            case DocumentItem document -> {
                Label name = new Label(document.documentName());
                name.getStyleClass().add("timeline-title");
                name.setWrapText(true);
                Label file = new Label(document.fileName() + " · " + FileSizes.describe(document.size()));
                file.setWrapText(true);
                entry.getChildren().addAll(name, file);
                if (document.comment() != null) {
                    Label comment = new Label(document.comment());
                    comment.setWrapText(true);
                    entry.getChildren().add(comment);
                }
                if (document.requiresTwoSidedSignature()) {
                    SigningProgress progress = model.signatures().progress().get(document.id());
                    entry.getChildren().add(progress == null
                            ? new Label("Необходима двухсторонняя электронная подпись")
                            : DocumentSigningView.of(document, progress, model));
                }
                Button download = Icons.button("Скачать", MaterialDesignD.DOWNLOAD);
                download.getStyleClass().add("download-document");
                download.setOnAction(event -> model.timeline().download(document));
                top.getChildren().add(download);
            }
            case MessageItem message -> entry.getChildren().add(HtmlTextFlow.render(message.html()));
            case StatusNoteItem note -> {
                Label text = new Label("Статус: " + note.text());
                text.getStyleClass().add("timeline-title");
                // A long note is read whole, on as many lines as it needs.
                text.setWrapText(true);
                entry.getChildren().add(text);
            }
        }
        if (model.timeline().canDelete(item)) {
            Button delete = Icons.button("Удалить", MaterialDesignD.DELETE);
            delete.getStyleClass().add("delete-item");
            delete.setOnAction(event -> model.timeline().delete(item));
            // An action that cannot succeed is offered disabled, saying why (a disabled button shows no tooltip itself).
            javafx.scene.layout.StackPane holder = new javafx.scene.layout.StackPane(delete);
            model.timeline().deleteRefusal(item).ifPresent(reason -> {
                delete.setDisable(true);
                javafx.scene.control.Tooltip.install(holder, new javafx.scene.control.Tooltip(reason));
            });
            top.getChildren().add(holder);
        }
        return entry;
    }
}
