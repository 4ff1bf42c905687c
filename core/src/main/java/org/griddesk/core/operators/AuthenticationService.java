package org.griddesk.core.operators;

import org.griddesk.core.access.Role;
import org.griddesk.core.access.Operator;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.griddesk.core.applicants.PasswordPolicy;
import org.griddesk.core.audit.AuditLog;
import org.griddesk.core.common.DomainException;
import org.griddesk.core.common.ValidationException;

/** Logs operators in and keeps their passwords: hashed, never stored or logged in clear. */
public class AuthenticationService {
    public static final String INITIAL_ADMIN_LOGIN = "admin";
    private static final String WRONG_CREDENTIALS = "Неверное имя пользователя или пароль";
    /** A fixed Argon2-like placeholder: never matches, costs the same as a real check. */
    private static final String UNKNOWN_LOGIN_HASH = "$argon2id$v=19$m=16384,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$"
            + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
    /** Without look-alikes (0/O, 1/l/I), so a one-time password read out over the phone arrives intact. */
    private static final String[] PASSWORD_CLASSES = {"ABCDEFGHJKLMNPQRSTUVWXYZ", "abcdefghijkmnopqrstuvwxyz",
        "23456789", "!#$%&*+-=?@"};
    private static final int GENERATED_LENGTH = 16;
    /** Staff passwords: the seeds' character classes, and at least this many characters. */
    public static final int OPERATOR_PASSWORD_LENGTH = 12;
    private static final String SYSTEM = "Вход в систему";

    public static final int MAX_FAILED_LOGINS = 5;
    public static final Duration LOCK_TIME = Duration.ofMinutes(15);

    private final OperatorRepository operators;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final AuditLog audit;
    private final SecureRandom random = new SecureRandom();

    /** {@code audit} gets every login, failure, lockout, logout, screen lock and password change. */
    public AuthenticationService(OperatorRepository operators, PasswordHasher hasher, Clock clock, AuditLog audit) {
        this.operators = operators;
        this.hasher = hasher;
        this.clock = clock;
        this.audit = audit;
    }

    public Operator logIn(String login, char[] password) {
        Operator operator = checkPassword(login, password, "Неудачная попытка входа");
        audit.append(actor(operator), "Вход в GridDesk", null);
        return operator;
    }

    /** The idle lock's way back: the same password check (and lockout), audited as unlocking the screen. */
    public Operator unlockScreen(Operator operator, char[] password) {
        Operator checked = checkPassword(operator.login(), password, "Неудачная попытка разблокировать экран");
        audit.append(actor(checked), "Экран разблокирован", null);
        return checked;
    }

    public void screenLocked(Operator operator) {
        audit.append(actor(operator), "Экран заблокирован после простоя", null);
    }

    public void loggedOut(Operator operator) {
        audit.append(actor(operator), "Выход из GridDesk", null);
    }

    private Operator checkPassword(String login, char[] password, String failure) {
        if (login == null || login.isBlank() || password == null || password.length == 0) {
            throw new ValidationException("Введите имя пользователя и пароль");
        }
        String tried = login.strip();
        Optional<OperatorAccount> found = operators.findByLogin(tried);
        if (found.isEmpty()) {
            // Hash anyway, so an unknown login takes as long as a wrong password and can't be told apart.
            hasher.matches(password, UNKNOWN_LOGIN_HASH);
            audit.append(SYSTEM, failure, "Имя пользователя «" + shortened(tried) + "» (нет такого пользователя)");
            throw new DomainException(WRONG_CREDENTIALS);
        }
        OperatorAccount account = found.get();
        Instant now = clock.instant();
        if (account.lockedUntil() != null && now.isBefore(account.lockedUntil())) {
            audit.append(SYSTEM, failure, "Имя пользователя «" + tried + "»: учётная запись заблокирована");
            throw new DomainException(lockedMessage(account.lockedUntil(), now));
        }
        if (!hasher.matches(password, account.passwordHash())) {
            int failures = operators.recordFailedLogin(account.operator().id());
            audit.append(SYSTEM, failure, "Имя пользователя «" + tried + "»: неверный пароль (" + failures + "-я попытка)");
            if (failures >= MAX_FAILED_LOGINS) {
                Instant until = now.plus(LOCK_TIME);
                operators.lock(account.operator().id(), until);
                audit.append(SYSTEM, "Учётная запись заблокирована", "Пользователь " + tried + ": " + MAX_FAILED_LOGINS
                        + " неудачных попыток входа, вход закрыт на " + LOCK_TIME.toMinutes() + " мин.");
                throw new DomainException(lockedMessage(until, now));
            }
            throw new DomainException(WRONG_CREDENTIALS);
        }
        if (account.failedLogins() > 0 || account.lockedUntil() != null) {
            operators.clearFailedLogins(account.operator().id());
        }
        if (!account.operator().enabled()) {
            audit.append(SYSTEM, failure, "Имя пользователя «" + tried + "»: учётная запись отключена");
            throw new DomainException("Учётная запись отключена. Обратитесь к администратору.");
        }
        return account.operator();
    }

    private static String actor(Operator operator) {
        return operator.fullName() + " (" + operator.login() + ")";
    }

    /** Whatever was typed as a login goes to the trail, but never ten thousand characters of it. */
    private static String shortened(String tried) {
        return tried.length() <= 64 ? tried : tried.substring(0, 64) + "…";
    }

    private static String lockedMessage(Instant until, Instant now) {
        long minutes = Math.max(1, Duration.between(now, until).plusSeconds(59).toMinutes());
        return "Учётная запись заблокирована после " + MAX_FAILED_LOGINS + " неудачных попыток входа. "
                + "Повторите вход через " + minutes + " мин. или обратитесь к администратору.";
    }

    /**
     * Sets a new password chosen by the operator; clears the "must change" mark of a one-time password. The new
     * one must differ from the current one, so a one-time password can't simply be kept.
     */
    public Operator changePassword(Operator operator, char[] newPassword, char[] repeated) {
        String candidate = new String(newPassword);
        if (!candidate.equals(new String(repeated))) {
            throw new ValidationException("Пароли не совпадают");
        }
        List<String> problems = PasswordPolicy.problems(candidate, OPERATOR_PASSWORD_LENGTH);
        if (!problems.isEmpty()) {
            throw new ValidationException(String.join("\n", problems));
        }
        OperatorAccount account = operators.findById(operator.id())
                .orElseThrow(() -> new DomainException("Учётная запись не найдена. Обратитесь к администратору."));
        if (hasher.matches(newPassword, account.passwordHash())) {
            throw new ValidationException(operator.mustChangePassword()
                    ? "Новый пароль должен отличаться от одноразового" : "Новый пароль должен отличаться от текущего");
        }
        operators.updatePassword(operator.id(), hasher.hash(newPassword), false);
        audit.append(actor(operator), "Пароль изменён", operator.mustChangePassword() ? "одноразовый пароль заменён" : null);
        return new Operator(operator.id(), operator.login(), operator.fullName(), operator.roles(),
                operator.canSignForOrganisation(), operator.enabled(), false);
    }

    /**
     * On the first start of an empty production database: creates the administrator with a one-time
     * password that must be changed at first login. Returns that password, or null if operators exist.
     */
    public String createInitialAdministratorIfNone() {
        if (operators.count() > 0) {
            return null;
        }
        return createWithOneTimePassword(new NewOperator(INITIAL_ADMIN_LOGIN, "Администратор", Set.of(Role.ADMIN), false, true));
    }

    /** Creates the account with a generated password that must be changed at the first login; returns it. */
    public String createWithOneTimePassword(NewOperator operator) {
        String oneTimePassword = generateOneTimePassword();
        operators.create(operator, hasher.hash(oneTimePassword.toCharArray()));
        return oneTimePassword;
    }

    public String resetToOneTimePassword(long operatorId) {
        String oneTimePassword = generateOneTimePassword();
        operators.updatePassword(operatorId, hasher.hash(oneTimePassword.toCharArray()), true);
        return oneTimePassword;
    }

    /** Random in full: every character from the whole alphabet, one of each class at a random place. */
    private String generateOneTimePassword() {
        String all = String.join("", PASSWORD_CLASSES);
        char[] password = new char[GENERATED_LENGTH];
        for (int i = 0; i < password.length; i++) {
            password[i] = all.charAt(random.nextInt(all.length()));
        }
        List<Integer> places = new java.util.ArrayList<>(java.util.stream.IntStream.range(0, GENERATED_LENGTH).boxed().toList());
        java.util.Collections.shuffle(places, random);
        for (int c = 0; c < PASSWORD_CLASSES.length; c++) {
            String kind = PASSWORD_CLASSES[c];
            password[places.get(c)] = kind.charAt(random.nextInt(kind.length()));
        }
        return new String(password);
    }
}
