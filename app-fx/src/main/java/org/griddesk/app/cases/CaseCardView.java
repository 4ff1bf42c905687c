package org.griddesk.app.cases;

import java.time.Instant;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Hyperlink;
import javafx.scene.layout.FlowPane;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.griddesk.app.ui.TextColumns;
import org.griddesk.app.ui.View;
import org.griddesk.core.cases.CaseChange;
import org.griddesk.app.ui.Icons;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

/** The case card: the applicant and case header, status and number to save, timeline and history. */
public class CaseCardView implements View {
    private final BorderPane root = new BorderPane();
    private final CaseCardViewModel model;
    private final VBox timelineBox = new VBox(8);

    public CaseCardView(CaseCardViewModel model) {
        this.model = model;
        root.getStyleClass().add("case-card");
        root.setTop(new VBox(10, header(), editor(), contract()));
        BorderPane.setMargin(root.getTop(), new Insets(12));
        TabPane sections = new TabPane(new Tab("Документы и сообщения", timeline()), new Tab("История изменений", history()));
        sections.setId("case-sections");
        sections.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        root.setCenter(sections);
        model.timeline().items().addListener((ListChangeListener<Object>) change -> redrawTimeline());
    }

    /** Each value selectable, so a clerk copies an INN or a phone instead of retyping it. */
    private void showApplicant(FlowPane box, ApplicantFields applicant) {
        box.getChildren().clear();
        for (ApplicantFields.Field field : applicant.fields()) {
            TextField value = new TextField(field.value());
            value.setEditable(false);
            value.getStyleClass().add("copyable-value");
            // As wide as its text in bold, so the fields flow like words rather than like form columns.
            javafx.scene.text.Text measure = new javafx.scene.text.Text(field.value());
            measure.setFont(javafx.scene.text.Font.font(null, javafx.scene.text.FontWeight.BOLD, 13));
            value.setPrefWidth(measure.getLayoutBounds().getWidth() + 10);
            HBox pair = new HBox(4, caption(field.caption()), value);
            pair.setAlignment(Pos.CENTER_LEFT);
            box.getChildren().add(pair);
        }
        Hyperlink others = new Hyperlink("Все обращения заявителя");
        others.setId("applicant-cases");
        others.setOnAction(event -> model.ui().events().publish(new ShowCasesEvent(applicant.searchKey())));
        box.getChildren().add(others);
    }

    private Parent header() {
        Label title = label("case-title", "case-title");
        FlowPane applicant = new FlowPane(14, 4);
        applicant.setId("case-applicant");
        applicant.setPrefWrapLength(800);
        Label kind = label("case-kind", null);
        Label created = label("case-created", null);
        Label updated = label("case-updated", null);
        model.cardProperty().addListener((observable, old, card) -> {
            if (card != null) {
                title.setText(card.title());
                showApplicant(applicant, ApplicantFields.of(card.applicant()));
                kind.setText(card.kindText());
                created.setText(when(card.createdAt()));
                updated.setText(when(card.updatedAt()));
            }
        });
        GridPane grid = new GridPane(12, 4);
        grid.addRow(0, caption("Заявитель"), applicant);
        grid.addRow(1, caption("Вид"), kind);
        grid.addRow(2, caption("Создано"), created);
        grid.addRow(3, caption("Последнее изменение"), updated);
        return new VBox(6, title, grid);
    }

    private Parent editor() {
        ComboBox<String> status = new ComboBox<>(model.header().statusOptions());
        status.setId("case-status");
        status.setEditable(true);
        status.setPrefWidth(380);
        status.setPromptText("Выберите или введите статус");
        // The editor text is the truth: a typed status that isn't in the dictionary is allowed.
        status.getEditor().textProperty().bindBidirectional(model.header().statusProperty());
        TextField number = new TextField();
        number.setId("case-number");
        number.setPrefColumnCount(12);
        number.textProperty().bindBidirectional(model.header().registrationNumberProperty());
        Button suggest = Icons.button("Предложить", MaterialDesignA.AUTO_FIX);
        suggest.setId("suggest-number");
        suggest.setOnAction(event -> model.header().suggestRegistrationNumber());
        Button save = Icons.button("Сохранить", MaterialDesignC.CONTENT_SAVE);
        save.setId("save-case");
        save.getStyleClass().add("accent");
        save.setDefaultButton(true);
        save.disableProperty().bind(model.header().dirtyBinding().not().or(model.workingProperty()));
        save.setOnAction(event -> model.header().save());
        boolean editable = model.canEdit();
        status.setDisable(!editable);
        number.setDisable(!editable);
        suggest.setDisable(!editable);
        Label notice = new Label();
        notice.setId("case-notice");
        notice.getStyleClass().add("case-notice");
        notice.setWrapText(true);
        notice.textProperty().bind(model.noticeProperty());
        // At 1024×768 the status box gives way first; the buttons keep their whole words.
        status.setMinWidth(160);
        number.setMinWidth(90);
        suggest.setMinWidth(Region.USE_PREF_SIZE);
        save.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(8, caption("Текущий статус"), status, caption("Регистрационный номер"), number, suggest, save);
        row.setAlignment(Pos.CENTER_LEFT);
        if (editable) {
            return new VBox(6, row, notice);
        }
        Label readOnly = new Label(CaseCardViewModel.READ_ONLY);
        readOnly.setId("case-read-only");
        readOnly.getStyleClass().add("warning-banner");
        readOnly.setWrapText(true);
        return new VBox(6, readOnly, row, notice);
    }

    /** Shown once both sides have signed the offer. */
    private Parent contract() {
        CaseContractViewModel contract = model.contract();
        Label summary = label("contract-summary", "contract-summary");
        summary.textProperty().bind(contract.summaryProperty());
        ComboBox<String> stage = new ComboBox<>(contract.stageOptions());
        stage.setId("contract-stage");
        stage.valueProperty().bindBidirectional(contract.chosenStageProperty());
        stage.setMinWidth(160);
        stage.setPrefWidth(320);
        Button change = Icons.button("Изменить стадию", MaterialDesignF.FLAG_PLUS);
        change.setId("change-contract-stage");
        change.setMinWidth(Region.USE_PREF_SIZE);
        change.disableProperty().bind(contract.stageChangeable().not().or(model.workingProperty()));
        change.setOnAction(event -> contract.changeStage());
        Button complete = Icons.button("Договор исполнен", MaterialDesignC.CHECK_DECAGRAM);
        complete.setId("complete-contract");
        complete.setMinWidth(Region.USE_PREF_SIZE);
        complete.disableProperty().bind(contract.closableProperty().not().or(model.workingProperty()));
        complete.setOnAction(event -> contract.complete());
        boolean editable = model.canEdit();
        stage.setDisable(!editable);
        change.setVisible(editable);
        complete.setVisible(editable);
        HBox row = new HBox(8, summary, caption("Стадия"), stage, change, complete);
        row.setAlignment(Pos.CENTER_LEFT);
        Label completion = label("contract-completion", null);
        completion.setWrapText(true);
        completion.textProperty().bind(contract.completionProperty());
        VBox box = new VBox(4, row, completion);
        box.setId("case-contract");
        box.visibleProperty().bind(contract.presentProperty());
        box.managedProperty().bind(contract.presentProperty());
        return box;
    }

    /** The dialog opens again with what was typed and why it was refused, until it is added or cancelled. */
    private void writeMessage(String typed, String problem) {
        model.ui().dialogs().showCustom(new AddMessageDialog(typed, problem)).ifPresent(html ->
                model.timeline().addMessage(html, reason -> writeMessage(html, reason)));
    }

    private void writeStatusNote(String typed, String problem) {
        model.ui().dialogs().showCustom(new AddStatusNoteDialog(typed, problem)).ifPresent(text ->
                model.timeline().addStatusNote(text, reason -> writeStatusNote(text, reason)));
    }

    private Parent timeline() {
        Button document = Icons.button("Добавить документ", MaterialDesignF.FILE_PLUS);
        document.setId("add-document");
        document.setOnAction(event -> model.ui().dialogs()
                .showCustom(new AddDocumentDialog(model.timeline().newDocumentDialog(), model.ui().dialogs()))
                .ifPresent(model.timeline()::addDocument));
        Button message = Icons.button("Добавить сообщение", MaterialDesignM.MESSAGE_PLUS);
        message.setId("add-message");
        message.setOnAction(event -> writeMessage("", null));
        Button note = Icons.button("Добавить статус", MaterialDesignF.FLAG_PLUS);
        note.setId("add-status-note");
        note.setOnAction(event -> writeStatusNote("", null));
        ToolBar tools = new ToolBar(document, message, note);
        tools.getItems().forEach(button -> button.setDisable(!model.canEdit()));
        timelineBox.setId("case-timeline");
        timelineBox.setPadding(new Insets(8));
        ScrollPane scroll = new ScrollPane(timelineBox);
        scroll.setFitToWidth(true);
        return new BorderPane(scroll, tools, null, null, null);
    }

    private void redrawTimeline() {
        timelineBox.getChildren().setAll(model.timeline().items().stream().map(item -> TimelineEntryView.of(item, model)).toList());
        if (model.timeline().items().isEmpty()) {
            timelineBox.getChildren().add(new Label("Документов и сообщений пока нет"));
        }
    }

    private Parent history() {
        TableView<CaseChange> table = new TableView<>(model.timeline().history());
        table.setId("case-history");
        table.setPlaceholder(new Label("Изменений пока не было"));
        table.getColumns().add(TextColumns.of("Когда", change -> when(change.at()), 130));
        table.getColumns().add(TextColumns.of("Кто", CaseChange::operator, 200));
        table.getColumns().add(TextColumns.of("Что", CaseChange::what, 200));
        table.getColumns().add(TextColumns.of("Было", change -> orDash(change.before()), 240));
        table.getColumns().add(TextColumns.of("Стало", change -> orDash(change.after()), 240));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return table;
    }

    private static String orDash(String text) {
        return text == null ? "—" : text;
    }

    private static String when(Instant instant) {
        return TimelineEntryView.WHEN.format(instant);
    }

    private static Label caption(String text) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.getStyleClass().add("field-caption");
        return label;
    }

    private static Label label(String id, String styleClass) {
        Label label = new Label();
        label.setId(id);
        if (styleClass != null) {
            label.getStyleClass().add(styleClass);
        }
        return label;
    }

    @Override
    public Parent root() {
        return root;
    }
}
