package org.griddesk.core.operators;

import org.griddesk.core.access.Role;
import org.griddesk.core.access.Operator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.griddesk.core.common.DomainException;
import org.griddesk.core.common.ValidationException;
import org.griddesk.core.audit.AuditEntry;
import org.griddesk.core.audit.AuditLog;
import org.griddesk.core.testing.MarkedPasswords;
import org.griddesk.core.testing.InMemoryOperators;
import org.griddesk.core.testing.MutableClock;
import org.junit.jupiter.api.Test;

class AuthenticationServiceTest {
    /** Reversible on purpose: the real hasher is tested where it lives; here only the flow matters. */
    private final PasswordHasher marker = new MarkedPasswords();
    private final InMemoryOperators repository = new InMemoryOperators();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T09:00:00Z"));
    private final List<String> audited = new ArrayList<>();
    private final AuditLog audit = new AuditLog() {
        @Override
        public void append(String actor, String action, String details) {
            audited.add(actor + " | " + action + " | " + details);
        }

        @Override
        public List<AuditEntry> recent(int limit) {
            return List.of();
        }
    };
    private final AuthenticationService service = new AuthenticationService(repository, marker, clock, audit);

    @Test
    void theFirstStartCreatesAnAdministratorWhoMustChangeTheOneTimePassword() {
        String oneTime = service.createInitialAdministratorIfNone();

        assertThat(oneTime).hasSizeGreaterThanOrEqualTo(10);
        assertThat(service.createInitialAdministratorIfNone()).isNull();
        Operator admin = service.logIn("admin", oneTime.toCharArray());
        assertThat(admin.roles()).containsExactly(Role.ADMIN);
        assertThat(admin.mustChangePassword()).isTrue();
        assertThat(repository.findById(1).orElseThrow().passwordHash()).isNotEqualTo(oneTime);

        Operator changed = service.changePassword(admin, "Nov-Parol-2026!a".toCharArray(), "Nov-Parol-2026!a".toCharArray());
        assertThat(changed.mustChangePassword()).isFalse();
        assertThat(service.logIn("admin", "Nov-Parol-2026!a".toCharArray()).mustChangePassword()).isFalse();
        assertThatThrownBy(() -> service.logIn("admin", oneTime.toCharArray())).isInstanceOf(DomainException.class);
    }

    @Test
    void wrongCredentialsSayNothingAboutWhichPartWasWrong() {
        repository.create(new NewOperator("clerk", "Клерк", Set.of(Role.CLERK), false, false), marker.hash("Aa1!aa".toCharArray()));

        assertThatThrownBy(() -> service.logIn("clerk", "wrong".toCharArray()))
                .hasMessage("Неверное имя пользователя или пароль");
        assertThatThrownBy(() -> service.logIn("nobody", "Aa1!aa".toCharArray()))
                .hasMessage("Неверное имя пользователя или пароль");
        assertThatThrownBy(() -> service.logIn(" ", new char[0])).isInstanceOf(ValidationException.class);
    }

    @Test
    void aNewPasswordMustFollowThePolicyAndBeRepeated() {
        repository.create(new NewOperator("clerk", "Клерк", Set.of(Role.CLERK), false, true), marker.hash("Aa1!aa".toCharArray()));
        Operator clerk = service.logIn("clerk", "Aa1!aa".toCharArray());

        assertThatThrownBy(() -> service.changePassword(clerk, "Aa1!aaa".toCharArray(), "Aa1!aab".toCharArray()))
                .hasMessage("Пароли не совпадают");
        assertThatThrownBy(() -> service.changePassword(clerk, "short".toCharArray(), "short".toCharArray()))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void fiveWrongPasswordsLockTheAccountForFifteenMinutes() {
        repository.create(new NewOperator("ivanova", "Иванова", Set.of(Role.CLERK), false, false), marker.hash("Right-2026!".toCharArray()));
        for (int attempt = 1; attempt < AuthenticationService.MAX_FAILED_LOGINS; attempt++) {
            assertThatThrownBy(() -> service.logIn("ivanova", "wrong".toCharArray()))
                    .hasMessage("Неверное имя пользователя или пароль");
        }
        assertThatThrownBy(() -> service.logIn("ivanova", "wrong".toCharArray()))
                .hasMessageContaining("заблокирована после 5 неудачных попыток").hasMessageContaining("через 15 мин.");
        assertThatThrownBy(() -> service.logIn("ivanova", "Right-2026!".toCharArray()))
                .as("even the right password waits for the lock to pass").hasMessageContaining("заблокирована");

        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        assertThat(service.logIn("ivanova", "Right-2026!".toCharArray()).login()).isEqualTo("ivanova");
        assertThat(repository.findByLogin("ivanova").orElseThrow().lockedUntil()).isNull();
    }

    @Test
    void aSuccessfulLoginStartsTheCountAgain() {
        repository.create(new NewOperator("petrov", "Петров", Set.of(Role.CLERK), false, false), marker.hash("Right-2026!".toCharArray()));
        for (int round = 0; round < 3; round++) {
            for (int attempt = 1; attempt < AuthenticationService.MAX_FAILED_LOGINS; attempt++) {
                assertThatThrownBy(() -> service.logIn("petrov", "wrong".toCharArray())).hasMessage("Неверное имя пользователя или пароль");
            }
            service.logIn("petrov", "Right-2026!".toCharArray());
        }
        assertThat(repository.findByLogin("petrov").orElseThrow().failedLogins()).isZero();
    }

    @Test
    void aOneTimePasswordCannotBeKeptAndAStaffPasswordHasTwelveCharacters() {
        String oneTime = service.createInitialAdministratorIfNone();
        Operator admin = service.logIn("admin", oneTime.toCharArray());

        assertThatThrownBy(() -> service.changePassword(admin, oneTime.toCharArray(), oneTime.toCharArray()))
                .isInstanceOf(ValidationException.class).hasMessage("Новый пароль должен отличаться от одноразового");
        assertThatThrownBy(() -> service.changePassword(admin, "Short-2026!".toCharArray(), "Short-2026!".toCharArray()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("не менее 12 знаков");
        assertThat(service.logIn("admin", oneTime.toCharArray()).mustChangePassword()).as("nothing was changed").isTrue();
    }

    @Test
    void generatedPasswordsAreRandomInFullAndPassThePolicy() {
        Set<String> passwords = new java.util.HashSet<>();
        Set<String> endings = new java.util.HashSet<>();
        for (int i = 0; i < 200; i++) {
            String password = service.resetToOneTimePassword(repository.create(
                    new NewOperator("user" + i, "Пользователь", Set.of(Role.CLERK), false, true), "x"));
            assertThat(org.griddesk.core.applicants.PasswordPolicy.problems(password,
                    AuthenticationService.OPERATOR_PASSWORD_LENGTH)).as(password).isEmpty();
            passwords.add(password);
            endings.add(password.substring(password.length() - 4));
        }
        assertThat(passwords).hasSize(200);
        assertThat(endings).as("no fixed suffix").hasSizeGreaterThan(150);
    }

    @Test
    void loginsFailuresLockoutsLogoutsScreenLocksAndPasswordChangesAreAudited() {
        repository.create(new NewOperator("petrova", "Петрова Анна", Set.of(Role.CLERK), false, false),
                marker.hash("Right-Parol-2026!".toCharArray()));
        Operator petrova = service.logIn("petrova", "Right-Parol-2026!".toCharArray());
        service.screenLocked(petrova);
        service.unlockScreen(petrova, "Right-Parol-2026!".toCharArray());
        service.changePassword(petrova, "Novyi-Parol-2026!".toCharArray(), "Novyi-Parol-2026!".toCharArray());
        service.loggedOut(petrova);
        assertThatThrownBy(() -> service.logIn("<script>x</script>", "a".toCharArray())).isInstanceOf(DomainException.class);
        for (int attempt = 0; attempt < AuthenticationService.MAX_FAILED_LOGINS; attempt++) {
            assertThatThrownBy(() -> service.logIn("petrova", "wrong".toCharArray())).isInstanceOf(DomainException.class);
        }

        assertThat(audited).startsWith(
                "Петрова Анна (petrova) | Вход в GridDesk | null",
                "Петрова Анна (petrova) | Экран заблокирован после простоя | null",
                "Петрова Анна (petrova) | Экран разблокирован | null",
                "Петрова Анна (petrova) | Пароль изменён | null",
                "Петрова Анна (petrova) | Выход из GridDesk | null",
                "Вход в систему | Неудачная попытка входа | Имя пользователя «<script>x</script>» (нет такого пользователя)");
        assertThat(audited).contains("Вход в систему | Неудачная попытка входа | Имя пользователя «petrova»: неверный "
                + "пароль (1-я попытка)");
        assertThat(audited.getLast()).contains("Учётная запись заблокирована", "petrova", "15 мин.");
    }
}
