package org.griddesk.app.connection;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.griddesk.app.ui.Icons;
import org.griddesk.app.ui.View;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;

/** The first-start card: where this workstation's data lives, on the login screen's background. */
public class ConnectionView implements View {
    private final StackPane root = new StackPane();

    public ConnectionView(ConnectionViewModel model) {
        Label title = new Label("Подключение к базе данных");
        title.getStyleClass().add("login-title");
        Label subtitle = new Label("Первый запуск GridDesk на этом компьютере: где хранить данные?");
        subtitle.getStyleClass().add("login-subtitle");
        subtitle.setWrapText(true);

        ToggleGroup choice = new ToggleGroup();
        RadioButton embedded = new RadioButton("Только это рабочее место");
        embedded.setId("connection-embedded");
        embedded.setToggleGroup(choice);
        RadioButton shared = new RadioButton("Общая база данных");
        shared.setId("connection-shared");
        shared.setToggleGroup(choice);
        (model.sharedProperty().get() ? shared : embedded).setSelected(true);
        choice.selectedToggleProperty().addListener((observable, old, now) -> model.sharedProperty().set(now == shared));

        GridPane server = serverFields(model);
        server.disableProperty().bind(model.sharedProperty().not().or(model.busyProperty()));

        Button check = Icons.button("Проверить подключение", MaterialDesignD.DATABASE_CHECK);
        check.setId("connection-check");
        check.disableProperty().bind(model.sharedProperty().not().or(model.busyProperty()));
        check.setOnAction(event -> model.check());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(22, 22);
        progress.visibleProperty().bind(model.busyProperty());

        Label result = new Label();
        result.setId("connection-result");
        result.setWrapText(true);
        result.textProperty().bind(model.resultProperty());
        result.managedProperty().bind(result.textProperty().isNotEmpty());
        model.connectedProperty().addListener((observable, old, good) -> {
            result.getStyleClass().removeAll("error-text", "success-text");
            result.getStyleClass().add(good ? "success-text" : "error-text");
        });
        result.getStyleClass().add("error-text");

        Button proceed = Icons.button("Продолжить", MaterialDesignA.ARROW_RIGHT);
        proceed.setId("connection-continue");
        proceed.setDefaultButton(true);
        proceed.disableProperty().bind(model.busyProperty());
        proceed.setOnAction(event -> model.proceed());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(10, check, progress, spacer, proceed);
        buttons.setAlignment(Pos.CENTER_LEFT);

        VBox card = new VBox(10, title, subtitle,
                embedded, hint("Данные хранятся на этом компьютере, в папке пользователя; другие рабочие места их не видят."),
                shared, hint("Сервер PostgreSQL 14 или новее, с которым работают все сотрудники."),
                server, buttons, result);
        card.getStyleClass().add("login-card");
        card.setMaxWidth(560);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        root.getChildren().add(card);
        root.getStyleClass().add("login-background");
        StackPane.setAlignment(card, Pos.CENTER);
    }

    private static GridPane serverFields(ConnectionViewModel model) {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        TextField host = field("db-host", "например, db.griddesk.local");
        host.textProperty().bindBidirectional(model.hostProperty());
        TextField port = field("db-port", "5432");
        port.setPrefColumnCount(6);
        port.textProperty().bindBidirectional(model.portProperty());
        TextField database = field("db-name", "griddesk");
        database.textProperty().bindBidirectional(model.databaseProperty());
        TextField user = field("db-user", "griddesk");
        user.textProperty().bindBidirectional(model.userProperty());
        PasswordField password = new PasswordField();
        password.setId("db-password");
        password.textProperty().bindBidirectional(model.passwordProperty());
        addRow(grid, 0, "Сервер", host);
        addRow(grid, 1, "Порт", port);
        addRow(grid, 2, "База данных", database);
        addRow(grid, 3, "Пользователь", user);
        addRow(grid, 4, "Пароль", password);
        return grid;
    }

    private static TextField field(String id, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        return field;
    }

    private static void addRow(GridPane grid, int row, String caption, Node field) {
        Label label = new Label(caption);
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.setLabelFor(field);
        grid.add(label, 0, row);
        grid.add(field, 1, row);
        GridPane.setHgrow(field, Priority.ALWAYS);
    }

    private static Label hint(String text) {
        Label hint = new Label(text);
        hint.setWrapText(true);
        hint.getStyleClass().add("login-subtitle");
        hint.setPadding(new Insets(0, 0, 0, 26));
        return hint;
    }

    @Override
    public Parent root() {
        return root;
    }
}
