package org.griddesk.app.connection;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import org.griddesk.app.ui.BackgroundTask;
import org.griddesk.app.ui.TaskExecutor;
import org.griddesk.app.ui.UserMessages;
import org.griddesk.core.connection.ConnectionCheck;
import org.griddesk.core.connection.ConnectionOutcome;
import org.griddesk.core.connection.ConnectionTarget;

/**
 * «Подключение к базе данных» at an installed workstation's first start: this workstation's own embedded database,
 * or a shared PostgreSQL checked in the background. «Продолжить» saves the choice (a server only once it answered)
 * and hands over to the usual start.
 */
public class ConnectionViewModel {
    private final BooleanProperty shared = new SimpleBooleanProperty(false);
    private final StringProperty host = new SimpleStringProperty("");
    private final StringProperty port = new SimpleStringProperty(String.valueOf(ConnectionTarget.DEFAULT_PORT));
    private final StringProperty database = new SimpleStringProperty("griddesk");
    private final StringProperty user = new SimpleStringProperty("griddesk");
    private final StringProperty password = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper connected = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ConnectionCheck check;
    private final ConnectionChoiceStore store;
    private final TaskExecutor executor;
    private final Runnable chosen;

    /** {@code chosen} runs on the FX thread once the choice is saved. */
    public ConnectionViewModel(ConnectionCheck check, ConnectionChoiceStore store, TaskExecutor executor,
                               Runnable chosen) {
        this.check = check;
        this.store = store;
        this.executor = executor;
        this.chosen = chosen;
        // An answer about other values than those on screen would mislead.
        ChangeListener<Object> stale = (observable, old, now) -> show("", false);
        for (var field : List.of(shared, host, port, database, user, password)) {
            field.addListener(stale);
        }
    }

    /** «Проверить подключение». */
    public void check() {
        target().ifPresent(target -> run("Проверка подключения к базе данных…", target, false));
    }

    /** «Продолжить»: the embedded database at once; a server after a check that connected. */
    public void proceed() {
        if (busy.get()) {
            return;
        }
        if (!shared.get()) {
            busy.set(true);
            executor.execute(BackgroundTask.of("Сохранение настроек…", () -> {
                store.saveEmbedded();
                return null;
            }).onSuccess(done -> {
                busy.set(false);
                chosen.run();
            }).onFailure(this::failed));
            return;
        }
        target().ifPresent(target -> run("Проверка подключения к базе данных…", target, true));
    }

    private void run(String title, ConnectionTarget target, boolean saveWhenConnected) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        show("", false);
        executor.execute(BackgroundTask.of(title, () -> {
            ConnectionOutcome outcome = check.check(target);
            if (saveWhenConnected && outcome.connected()) {
                store.saveShared(target);
            }
            return outcome;
        }).onSuccess(outcome -> {
            busy.set(false);
            show(describe(outcome, target), outcome.connected());
            if (saveWhenConnected && outcome.connected()) {
                chosen.run();
            }
        }).onFailure(this::failed));
    }

    private void failed(Throwable failure) {
        busy.set(false);
        show(UserMessages.describe(failure), false);
    }

    /** The typed values as a server to try, or empty with what is missing on screen. */
    private Optional<ConnectionTarget> target() {
        String problem = host.get().isBlank() ? "Укажите сервер базы данных (имя или IP-адрес)."
                : portNumber() < 0 ? "Порт — число от 1 до 65535 (обычно 5432)."
                : database.get().isBlank() ? "Укажите имя базы данных."
                : user.get().isBlank() ? "Укажите пользователя базы данных." : "";
        if (!problem.isEmpty()) {
            show(problem, false);
            return Optional.empty();
        }
        return Optional.of(new ConnectionTarget(host.get().strip(), portNumber(), database.get().strip(),
                user.get().strip(), password.get()));
    }

    private int portNumber() {
        try {
            int number = Integer.parseInt(port.get().strip());
            return number >= 1 && number <= 65535 ? number : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    static String describe(ConnectionOutcome outcome, ConnectionTarget target) {
        String server = "«" + target.host() + "»";
        return switch (outcome.kind()) {
            case CONNECTED -> "Подключение установлено: PostgreSQL " + outcome.serverVersion();
            case SERVER_TOO_OLD -> "Сервер работает на PostgreSQL " + outcome.serverVersion() + ", а GridDesk нужен "
                    + "PostgreSQL " + ConnectionOutcome.OLDEST_SUPPORTED_POSTGRES + " или новее. Обновите сервер базы данных.";
            case UNKNOWN_HOST -> "Сервер " + server + " не найден. Проверьте имя сервера или укажите его IP-адрес.";
            case REFUSED -> "Сервер " + server + " не принимает подключения на порту " + target.port()
                    + ". Проверьте порт и что PostgreSQL запущен и принимает сетевые подключения.";
            case TIMED_OUT -> "Сервер " + server + " не ответил. Проверьте адрес, порт и что сетевой экран "
                    + "пропускает подключения к порту " + target.port() + ".";
            case WRONG_PASSWORD -> "Неверный пользователь или пароль базы данных («" + target.user() + "»).";
            case LOGIN_REFUSED -> "Сервер не пускает пользователя «" + target.user() + "»: такого пользователя нет "
                    + "или ему не разрешено подключаться с этого компьютера (pg_hba.conf).";
            case NO_DATABASE -> "На сервере нет базы данных «" + target.database() + "». Проверьте имя или попросите "
                    + "администратора создать её.";
            case FAILED -> "Не удалось подключиться к серверу " + server + ": " + outcome.detail();
        };
    }

    private void show(String text, boolean success) {
        result.set(text);
        connected.set(success);
    }

    public BooleanProperty sharedProperty() {
        return shared;
    }

    public StringProperty hostProperty() {
        return host;
    }

    public StringProperty portProperty() {
        return port;
    }

    public StringProperty databaseProperty() {
        return database;
    }

    public StringProperty userProperty() {
        return user;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    /** The answer to the last check, or what is missing; empty while nothing was asked. */
    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** Whether the last check connected (the answer is shown as good news). */
    public ReadOnlyBooleanProperty connectedProperty() {
        return connected.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
