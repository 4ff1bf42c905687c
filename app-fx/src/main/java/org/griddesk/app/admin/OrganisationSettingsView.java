package org.griddesk.app.admin;

import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.griddesk.app.ui.View;
import org.griddesk.app.ui.Icons;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/** "Данные и настройки": a form of the organisation's fields and "Сохранить"; it only binds. */
public class OrganisationSettingsView implements View {
    private final ScrollPane root;

    public OrganisationSettingsView(OrganisationSettingsViewModel model) {
        GridPane form = new GridPane(12, 8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setPrefWidth(320);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        form.getColumnConstraints().setAll(labels, values);
        int row = 0;
        for (ProfileField field : ProfileField.values()) {
            Label label = new Label(field.label());
            label.setWrapText(true);
            TextField input = new TextField();
            input.setId("settings-" + field.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            input.textProperty().bindBidirectional(model.field(field));
            form.addRow(row++, label, input);
            if (field == ProfileField.APPLICATION_FORMS_URL) {
                Label hint = new Label("Если поле оставить пустым, ссылка и соответствующий текст будут отсутствовать.");
                hint.getStyleClass().add("field-hint");
                hint.setWrapText(true);
                form.add(hint, 1, row++);
            }
        }

        Button save = Icons.button("Сохранить", MaterialDesignC.CONTENT_SAVE);
        save.setId("settings-save");
        save.setDefaultButton(true);
        save.disableProperty().bind(model.dirtyBinding().not().or(model.workingProperty()));
        save.setOnAction(event -> model.save());
        Label notice = new Label();
        notice.setId("settings-notice");
        notice.getStyleClass().add("case-notice");
        notice.setWrapText(true);
        notice.textProperty().bind(model.noticeProperty());
        HBox buttons = new HBox(12, save, notice);
        buttons.setAlignment(Pos.CENTER_LEFT);

        Label title = new Label("Данные и настройки");
        title.getStyleClass().add("section-title");
        VBox page = new VBox(12, title, form, buttons);
        page.setPadding(new Insets(16));
        page.setMaxWidth(1000);
        root = new ScrollPane(page);
        root.setFitToWidth(true);
        root.getStyleClass().add("admin-page");
    }

    @Override
    public Parent root() {
        return root;
    }
}
