package org.griddesk.app.login;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.griddesk.app.ui.BackgroundTask;
import org.griddesk.app.ui.TaskExecutor;
import org.griddesk.app.ui.UserMessages;
import org.griddesk.core.operators.AuthenticationService;
import org.griddesk.core.access.Operator;

/** First login with a one-time password: the operator must choose their own before going on. */
public class ChangePasswordViewModel {
    private final StringProperty newPassword = new SimpleStringProperty("");
    private final StringProperty repeated = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final AuthenticationService authentication;
    private final TaskExecutor executor;
    private final Operator operator;
    private final Consumer<Operator> changed;

    public ChangePasswordViewModel(AuthenticationService authentication, TaskExecutor executor, Operator operator,
                                   Consumer<Operator> changed) {
        this.authentication = authentication;
        this.executor = executor;
        this.operator = operator;
        this.changed = changed;
    }

    public void change() {
        error.set("");
        char[] first = newPassword.get().toCharArray();
        char[] second = repeated.get().toCharArray();
        executor.execute(BackgroundTask.of("Смена пароля…", () -> authentication.changePassword(operator, first, second))
                .onSuccess(changed)
                .onFailure(failure -> error.set(UserMessages.describe(failure))));
    }

    public String operatorName() {
        return operator.fullName();
    }

    public StringProperty newPasswordProperty() {
        return newPassword;
    }

    public StringProperty repeatedProperty() {
        return repeated;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
