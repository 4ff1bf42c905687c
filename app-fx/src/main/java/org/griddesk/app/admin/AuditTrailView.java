package org.griddesk.app.admin;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.griddesk.app.ui.DateFields;
import org.griddesk.app.ui.TextColumns;
import org.griddesk.app.ui.View;
import org.griddesk.core.audit.AuditRecord;
import org.griddesk.app.ui.Icons;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

public class AuditTrailView implements View {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss").withZone(ZoneId.systemDefault());

    private final BorderPane root = new BorderPane();

    public AuditTrailView(AuditTrailViewModel model) {
        DatePicker from = DateFields.create("audit-from", "с");
        from.valueProperty().bindBidirectional(model.fromProperty());
        DatePicker to = DateFields.create("audit-to", "по");
        to.valueProperty().bindBidirectional(model.toProperty());
        TextField actor = new TextField();
        actor.setId("audit-actor");
        actor.setPromptText("Пользователь");
        actor.textProperty().bindBidirectional(model.actorProperty());
        TextField text = new TextField();
        text.setId("audit-text");
        text.setPromptText("Действие, объект, значения");
        text.textProperty().bindBidirectional(model.textProperty());
        HBox.setHgrow(text, Priority.ALWAYS);
        Button search = Icons.button("Найти", MaterialDesignM.MAGNIFY);
        search.setId("audit-search");
        search.setDefaultButton(true);
        search.setOnAction(event -> model.search());
        // Enter in any filter searches, as in the queue.
        actor.setOnAction(event -> model.search());
        text.setOnAction(event -> model.search());
        Button export = Icons.button("Выгрузить в CSV", MaterialDesignE.EXPORT);
        export.setId("audit-export");
        export.setOnAction(event -> model.exportCsv());
        Button verify = Icons.button("Проверить цепочку", MaterialDesignL.LINK_VARIANT);
        verify.setId("audit-verify");
        verify.setOnAction(event -> model.verify());
        Label period = new Label("Период");
        // At 1024×768 the fields give way, the buttons and the caption keep their whole words.
        for (javafx.scene.layout.Region whole : List.of(period, search, export, verify)) {
            whole.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        from.setPrefWidth(130);
        to.setPrefWidth(130);
        actor.setPrefColumnCount(9);
        HBox filters = new HBox(8, period, from, to, actor, text, search, export, verify);
        filters.setAlignment(Pos.CENTER_LEFT);
        filters.setPadding(new Insets(8, 12, 8, 12));

        TableView<AuditRecord> table = new TableView<>(model.records());
        table.setId("audit-table");
        Label placeholder = new Label();
        placeholder.textProperty().bind(javafx.beans.binding.Bindings.when(model.statusProperty().isEmpty())
                .then("Нажмите «Найти», чтобы показать записи").otherwise("Записей по этим условиям нет"));
        table.setPlaceholder(placeholder);
        table.getColumns().add(TextColumns.of("№", record -> Long.toString(record.seq()), 60));
        table.getColumns().add(TextColumns.of("Когда", record -> WHEN.format(record.at()), 140));
        table.getColumns().add(TextColumns.of("Кто", AuditRecord::actor, 200));
        table.getColumns().add(TextColumns.of("Действие", AuditRecord::action, 240));
        table.getColumns().add(TextColumns.of("Объект", AuditRecord::subject, 200));
        table.getColumns().add(TextColumns.of("Было", AuditRecord::before, 180));
        table.getColumns().add(TextColumns.of("Стало", AuditRecord::after, 180));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        Label status = new Label();
        status.setId("audit-status");
        status.textProperty().bind(model.statusProperty());
        status.setPadding(new Insets(4, 12, 4, 12));
        root.setTop(filters);
        root.setCenter(table);
        root.setBottom(status);
    }

    @Override
    public Parent root() {
        return root;
    }
}
