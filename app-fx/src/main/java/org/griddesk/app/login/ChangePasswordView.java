package org.griddesk.app.login;

import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import org.griddesk.core.operators.AuthenticationService;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.griddesk.app.ui.View;
import org.griddesk.app.ui.Icons;
import org.kordamp.ikonli.materialdesign2.MaterialDesignK;

public class ChangePasswordView implements View {
    private final StackPane root = new StackPane();

    public ChangePasswordView(ChangePasswordViewModel model) {
        Label title = new Label("Смена пароля");
        title.getStyleClass().add("login-title");
        Label explanation = new Label(model.operatorName() + ", вы вошли с одноразовым паролем. Придумайте новый, "
                + "не такой, как одноразовый: не менее " + AuthenticationService.OPERATOR_PASSWORD_LENGTH
                + " символов, строчные и заглавные латинские буквы, цифра и специальный символ.");
        explanation.setWrapText(true);
        PasswordField first = new PasswordField();
        first.setId("new-password");
        first.textProperty().bindBidirectional(model.newPasswordProperty());
        PasswordField second = new PasswordField();
        second.setId("repeat-password");
        second.textProperty().bindBidirectional(model.repeatedProperty());
        Button change = Icons.button("Изменить пароль", MaterialDesignK.KEY_CHANGE);
        change.setId("change-password");
        change.setDefaultButton(true);
        change.setOnAction(event -> model.change());
        Label error = new Label();
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        VBox card = new VBox(10, title, explanation, new Label("Новый пароль"), first, new Label("Подтверждение пароля"),
                second, change, error);
        card.getStyleClass().add("login-card");
        card.setMaxWidth(420);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        root.getChildren().add(card);
        root.getStyleClass().add("login-background");
    }

    @Override
    public Parent root() {
        return root;
    }
}
