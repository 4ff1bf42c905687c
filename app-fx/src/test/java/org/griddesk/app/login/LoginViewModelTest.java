package org.griddesk.app.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.griddesk.app.testing.CurrentThreadTaskExecutor;
import org.griddesk.core.access.Operator;
import org.griddesk.core.access.Role;
import org.junit.jupiter.api.Test;

/** The login form shown while the database still connects: «Войти» waits for it instead of failing. */
class LoginViewModelTest {
    private static final Operator CLERK = new Operator(7, "clerk", "Иванова Мария Сергеевна", Set.of(Role.CLERK),
            false, true, false);

    private final CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor(failure -> {
        throw new AssertionError(failure);
    });
    private final CompletableFuture<LoginViewModel.Authenticator> database = new CompletableFuture<>();
    private final List<Operator> loggedIn = new ArrayList<>();
    private final LoginViewModel early = new LoginViewModel(
            (login, password) -> database.join().logIn(login, password), executor, List.of(), "", loggedIn::add);

    @Test
    void aLoginPressedBeforeTheDatabaseIsReadyGoesThroughOnceItIs() {
        executor.hold();
        early.loginProperty().set("clerk");
        early.passwordProperty().set("Clerk-2026!");
        early.logIn();
        assertThat(early.busyProperty().get()).as("waiting for the database, not refused").isTrue();

        database.complete((login, password) -> {
            assertThat(login).isEqualTo("clerk");
            assertThat(new String(password)).isEqualTo("Clerk-2026!");
            return CLERK;
        });
        executor.releaseAll();

        assertThat(loggedIn).containsExactly(CLERK);
        assertThat(early.errorProperty().get()).isEmpty();
        assertThat(early.busyProperty().get()).isFalse();
    }

    @Test
    void aDatabaseThatFailsToStartIsSaidOnTheForm() {
        executor.hold();
        early.logIn();
        database.completeExceptionally(new IllegalStateException("Connection refused"));
        executor.releaseAll();

        assertThat(loggedIn).isEmpty();
        assertThat(early.errorProperty().get()).isNotEmpty();
    }

    @Test
    void whatTheStartFoundArrivesOnTheFormWithoutTouchingWhatWasTyped() {
        early.loginProperty().set("clerk");
        early.offer(List.of(), "Первый запуск: создание демонстрационных заявителей и обращений (1 из 3)…");
        assertThat(early.noticeProperty().get()).startsWith("Первый запуск");

        DemoAccount clerk = new DemoAccount("clerk", "Clerk-2026!", "Специалист");
        early.offer(List.of(clerk), "");
        assertThat(early.demoAccounts()).containsExactly(clerk);
        assertThat(early.noticeProperty().get()).isEmpty();
        assertThat(early.loginProperty().get()).isEqualTo("clerk");
    }
}
