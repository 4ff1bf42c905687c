package org.griddesk.app.login;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.griddesk.app.ui.BackgroundTask;
import org.griddesk.app.ui.TaskExecutor;
import org.griddesk.app.ui.UserMessages;
import org.griddesk.core.access.Operator;

/** "Вход": checks the credentials in the background and reports the operator who logged in. */
public class LoginViewModel {
    /** Checks a login; may wait, on its background thread, for the database the window is still connecting to. */
    @FunctionalInterface
    public interface Authenticator {
        Operator logIn(String login, char[] password);
    }

    private final StringProperty login = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final Authenticator authentication;
    private final TaskExecutor executor;
    private final ObservableList<DemoAccount> demoAccounts = FXCollections.observableArrayList();
    /** One read-only view, kept: a view made per call would drop its listeners with it. */
    private final ObservableList<DemoAccount> shownAccounts = FXCollections.unmodifiableObservableList(demoAccounts);
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final Consumer<Operator> loggedIn;

    /**
     * @param demoAccounts shown on the screen; empty outside demo mode
     * @param notice       a line for the administrator (where the one-time password is), or empty
     */
    public LoginViewModel(Authenticator authentication, TaskExecutor executor, List<DemoAccount> demoAccounts,
                          String notice, Consumer<Operator> loggedIn) {
        this.authentication = authentication;
        this.executor = executor;
        offer(demoAccounts, notice);
        this.loggedIn = loggedIn;
    }

    public void logIn() {
        if (busy.get()) {
            return;
        }
        error.set("");
        busy.set(true);
        String enteredLogin = login.get();
        char[] enteredPassword = password.get().toCharArray();
        executor.execute(BackgroundTask.of("Вход…", () -> authentication.logIn(enteredLogin, enteredPassword))
                .onSuccess(operator -> {
                    busy.set(false);
                    password.set("");
                    loggedIn.accept(operator);
                })
                .onFailure(failure -> {
                    busy.set(false);
                    password.set("");
                    error.set(UserMessages.describe(failure));
                }));
    }

    /** The form came before the database: what the start found out (demo accounts, a notice) arrives later. */
    public void offer(List<DemoAccount> accounts, String text) {
        demoAccounts.setAll(accounts);
        notice.set(text);
    }

    public void fill(DemoAccount account) {
        login.set(account.login());
        password.set(account.password());
    }

    public StringProperty loginProperty() {
        return login;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ObservableList<DemoAccount> demoAccounts() {
        return shownAccounts;
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }
}
