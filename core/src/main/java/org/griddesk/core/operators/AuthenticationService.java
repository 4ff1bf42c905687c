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
import org.griddesk.core.common.DomainException;
import org.griddesk.core.common.ValidationException;

/** Logs operators in and keeps their passwords: hashed, never stored or logged in clear. */
public class AuthenticationService {
    public static final String INITIAL_ADMIN_LOGIN = "admin";
    private static final String WRONG_CREDENTIALS = "Неверное имя пользователя или пароль";
    /** A fixed Argon2-like placeholder: never matches, costs the same as a real check. */
    private static final String UNKNOWN_LOGIN_HASH = "$argon2id$v=19$m=16384,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$"
            + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
    private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    public static final int MAX_FAILED_LOGINS = 5;
    public static final Duration LOCK_TIME = Duration.ofMinutes(15);

    private final OperatorRepository operators;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public AuthenticationService(OperatorRepository operators, PasswordHasher hasher, Clock clock) {
        this.operators = operators;
        this.hasher = hasher;
        this.clock = clock;
    }

    public Operator logIn(String login, char[] password) {
        if (login == null || login.isBlank() || password == null || password.length == 0) {
            throw new ValidationException("Введите имя пользователя и пароль");
        }
        Optional<OperatorAccount> found = operators.findByLogin(login.trim());
        if (found.isEmpty()) {
            // Hash anyway, so an unknown login takes as long as a wrong password and can't be told apart.
            hasher.matches(password, UNKNOWN_LOGIN_HASH);
            throw new DomainException(WRONG_CREDENTIALS);
        }
        OperatorAccount account = found.get();
        Instant now = clock.instant();
        if (account.lockedUntil() != null && now.isBefore(account.lockedUntil())) {
            throw new DomainException(lockedMessage(account.lockedUntil(), now));
        }
        if (!hasher.matches(password, account.passwordHash())) {
            int failures = operators.recordFailedLogin(account.operator().id());
            if (failures >= MAX_FAILED_LOGINS) {
                Instant until = now.plus(LOCK_TIME);
                operators.lock(account.operator().id(), until);
                throw new DomainException(lockedMessage(until, now));
            }
            throw new DomainException(WRONG_CREDENTIALS);
        }
        if (account.failedLogins() > 0 || account.lockedUntil() != null) {
            operators.clearFailedLogins(account.operator().id());
        }
        if (!account.operator().enabled()) {
            throw new DomainException("Учётная запись отключена. Обратитесь к администратору.");
        }
        return account.operator();
    }

    private static String lockedMessage(Instant until, Instant now) {
        long minutes = Math.max(1, Duration.between(now, until).plusSeconds(59).toMinutes());
        return "Учётная запись заблокирована после " + MAX_FAILED_LOGINS + " неудачных попыток входа. "
                + "Повторите вход через " + minutes + " мин. или обратитесь к администратору.";
    }

    /** Sets a new password chosen by the operator; clears the "must change" mark of a one-time password. */
    public Operator changePassword(Operator operator, char[] newPassword, char[] repeated) {
        String candidate = new String(newPassword);
        if (!candidate.equals(new String(repeated))) {
            throw new ValidationException("Пароли не совпадают");
        }
        List<String> problems = PasswordPolicy.problems(candidate);
        if (!problems.isEmpty()) {
            throw new ValidationException(String.join("\n", problems));
        }
        operators.updatePassword(operator.id(), hasher.hash(newPassword), false);
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

    private String generateOneTimePassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            password.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
        }
        // Guarantee every class the policy asks for, whatever the random letters were.
        return password.append("Aa7!").toString();
    }
}
