package org.griddesk.app.connection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import org.griddesk.app.testing.CurrentThreadTaskExecutor;
import org.griddesk.core.connection.ConnectionTarget;
import org.griddesk.persistence.database.ConnectionProbe;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** «Проверить подключение» against a real PostgreSQL that wants a password: every answer an administrator may get. */
class ConnectionViewModelTest {
    private static PasswordProtectedPostgres server;

    private final List<Throwable> failures = new ArrayList<>();
    private final List<String> saved = new ArrayList<>();
    private final CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor(failures::add);
    private int continued;
    private ConnectionViewModel model;

    @BeforeAll
    static void startServer() {
        server = new PasswordProtectedPostgres();
    }

    @AfterAll
    static void stopServer() throws IOException {
        server.close();
    }

    @BeforeEach
    void newDialog() {
        model = modelWith(new ConnectionProbe());
    }

    private ConnectionViewModel modelWith(ConnectionProbe probe) {
        ConnectionChoiceStore store = new ConnectionChoiceStore() {
            @Override
            public void saveEmbedded() {
                saved.add("embedded");
            }

            @Override
            public void saveShared(ConnectionTarget target) {
                saved.add(ConnectionProbe.jdbcUrl(target));
            }
        };
        ConnectionViewModel dialog = new ConnectionViewModel(probe, store, executor, () -> continued++);
        dialog.sharedProperty().set(true);
        dialog.hostProperty().set("localhost");
        dialog.portProperty().set(String.valueOf(server.port()));
        dialog.databaseProperty().set(PasswordProtectedPostgres.DATABASE);
        dialog.userProperty().set(PasswordProtectedPostgres.USER);
        dialog.passwordProperty().set(PasswordProtectedPostgres.PASSWORD);
        return dialog;
    }

    private String check() {
        model.check();
        assertThat(failures).isEmpty();
        assertThat(model.busyProperty().get()).isFalse();
        return model.resultProperty().get();
    }

    @Test
    void theRightServerAndPasswordConnectAndNameTheVersion() {
        assertThat(check()).startsWith("Подключение установлено: PostgreSQL 14.");
        assertThat(model.connectedProperty().get()).isTrue();
        assertThat(saved).as("a check alone saves nothing").isEmpty();
    }

    @Test
    void aWrongPasswordIsSaidSo() {
        model.passwordProperty().set("неверный");
        assertThat(check()).isEqualTo("Неверный пользователь или пароль базы данных («clerk»).");
        assertThat(model.connectedProperty().get()).isFalse();
    }

    @Test
    void aMissingDatabaseIsNamed() {
        model.databaseProperty().set("no_such_db");
        assertThat(check()).startsWith("На сервере нет базы данных «no_such_db».");
    }

    @Test
    void aPortNobodyListensOnIsRefused() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        model.portProperty().set(String.valueOf(closed));
        assertThat(check()).isEqualTo("Сервер «localhost» не принимает подключения на порту " + closed
                + ". Проверьте порт и что PostgreSQL запущен и принимает сетевые подключения.");
    }

    @Test
    void anUnknownHostIsSaidSo() {
        model.hostProperty().set("griddesk-db.invalid");
        assertThat(check()).isEqualTo(
                "Сервер «griddesk-db.invalid» не найден. Проверьте имя сервера или укажите его IP-адрес.");
    }

    @Test
    void aServerOlderThanGridDeskNeedsIsRefused() {
        // The embedded server is 14; a probe that asks for a later major calls it too old, as it would a 13.
        model = modelWith(new ConnectionProbe(99));
        assertThat(check()).startsWith("Сервер работает на PostgreSQL 14.")
                .endsWith("а GridDesk нужен PostgreSQL 14 или новее. Обновите сервер базы данных.");
        model.proceed();
        assertThat(saved).as("a server GridDesk cannot use is not saved").isEmpty();
        assertThat(continued).isZero();
    }

    @Test
    void missingOrWrongFieldsAreNamedBeforeAnythingIsTried() {
        model.portProperty().set("99999");
        assertThat(check()).isEqualTo("Порт — число от 1 до 65535 (обычно 5432).");
        model.portProperty().set("5432");
        model.hostProperty().set(" ");
        assertThat(check()).isEqualTo("Укажите сервер базы данных (имя или IP-адрес).");
    }

    @Test
    void continuingSavesTheServerOnlyOnceItAnswered() {
        model.passwordProperty().set("неверный");
        model.proceed();
        assertThat(saved).isEmpty();
        assertThat(continued).isZero();

        model.passwordProperty().set(PasswordProtectedPostgres.PASSWORD);
        assertThat(model.resultProperty().get()).as("an answer about other values is cleared").isEmpty();
        model.proceed();
        assertThat(saved).containsExactly("jdbc:postgresql://localhost:" + server.port() + "/griddesk_probe");
        assertThat(continued).isEqualTo(1);
    }

    @Test
    void theEmbeddedDatabaseNeedsNoCheck() {
        model.sharedProperty().set(false);
        model.proceed();
        assertThat(saved).containsExactly("embedded");
        assertThat(continued).isEqualTo(1);
        assertThat(failures).isEmpty();
    }
}
