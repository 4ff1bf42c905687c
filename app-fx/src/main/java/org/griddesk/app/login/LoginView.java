package org.griddesk.app.login;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.griddesk.app.ui.View;
import org.griddesk.app.ui.Icons;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;

/** The login card; in demo mode it lists the demo accounts, a click fills them in. */
public class LoginView implements View {
    private final StackPane root = new StackPane();

    public LoginView(LoginViewModel model) {
        Label title = new Label("GridDesk");
        title.getStyleClass().add("login-title");
        Label subtitle = new Label("Вход для сотрудников сетевой организации");
        subtitle.getStyleClass().add("login-subtitle");

        TextField login = new TextField();
        login.setId("login");
        login.setPromptText("Имя пользователя");
        login.textProperty().bindBidirectional(model.loginProperty());
        PasswordField password = new PasswordField();
        password.setId("password");
        password.setPromptText("Пароль");
        password.textProperty().bindBidirectional(model.passwordProperty());

        Button enter = Icons.button("Войти", MaterialDesignL.LOGIN);
        enter.setId("log-in");
        enter.setDefaultButton(true);
        enter.setMaxWidth(Double.MAX_VALUE);
        enter.disableProperty().bind(model.busyProperty());
        enter.setOnAction(event -> model.logIn());
        login.setOnAction(event -> password.requestFocus());

        Label error = new Label();
        error.setId("login-error");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());

        VBox card = new VBox(10, title, subtitle, new Label("Имя пользователя"), login, new Label("Пароль"), password,
                enter, error);
        card.getStyleClass().add("login-card");
        card.setMaxWidth(460);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        card.setFillWidth(true);

        Label notice = new Label();
        notice.setId("login-notice");
        notice.setWrapText(true);
        notice.getStyleClass().add("notice-text");
        notice.textProperty().bind(model.noticeProperty());
        notice.visibleProperty().bind(model.noticeProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());
        VBox demo = new VBox();
        // The accounts arrive once the database is there; the form stays, with what was typed and the focus.
        model.demoAccounts().addListener((ListChangeListener<DemoAccount>) change ->
                demo.getChildren().setAll(model.demoAccounts().isEmpty() ? List.of() : List.of(demoAccounts(model))));
        if (!model.demoAccounts().isEmpty()) {
            demo.getChildren().add(demoAccounts(model));
        }
        card.getChildren().addAll(notice, demo);
        root.getChildren().add(card);
        root.getStyleClass().add("login-background");
        // The first thing to type is the login: the field has the focus as soon as the screen is shown.
        login.sceneProperty().addListener((observable, old, scene) -> {
            if (scene != null) {
                javafx.application.Platform.runLater(login::requestFocus);
            }
        });
        StackPane.setAlignment(card, Pos.CENTER);
    }

    private static Parent demoAccounts(LoginViewModel model) {
        GridPane table = new GridPane();
        table.getStyleClass().add("demo-accounts");
        table.setHgap(12);
        table.setVgap(4);
        Label header = new Label("Демонстрационный режим. Учётные записи (нажмите, чтобы подставить):");
        header.setWrapText(true);
        table.add(header, 0, 0, 3, 1);
        int row = 1;
        for (DemoAccount account : model.demoAccounts()) {
            Hyperlink link = new Hyperlink(account.login());
            link.setMinWidth(Region.USE_PREF_SIZE);
            link.setId("demo-" + account.login());
            link.setOnAction(event -> model.fill(account));
            table.add(link, 0, row);
            table.add(unclipped(account.password()), 1, row);
            table.add(unclipped(account.role()), 2, row);
            row++;
        }
        return table;
    }

    private static Label unclipped(String text) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    @Override
    public Parent root() {
        return root;
    }
}
