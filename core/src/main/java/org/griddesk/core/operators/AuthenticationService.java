package org.griddesk.core.operators;

import java.security.SecureRandom;
import java.util.List;
import java.util.Set;
import org.griddesk.core.applicants.PasswordPolicy;
import org.griddesk.core.common.DomainException;
import org.griddesk.core.common.ValidationException;

/** Logs operators in and keeps their passwords: hashed, never stored or logged in clear. */
public class AuthenticationService {
    public static final String INITIAL_ADMIN_LOGIN = "admin";
    private static final String WRONG_CREDENTIALS = "Неверное имя пользователя или пароль";
    private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final OperatorRepository operators;
    private final PasswordHasher hasher;
    private final SecureRandom random = new SecureRandom();

    public AuthenticationService(OperatorRepository operators, PasswordHasher hasher) {
        this.operators = operators;
        this.hasher = hasher;
    }

    public Operator logIn(String login, char[] password) {
        if (login == null || login.isBlank() || password == null || password.length == 0) {
            throw new ValidationException("Введите имя пользователя и пароль");
        }
        OperatorAccount account = operators.findByLogin(login.trim())
                .filter(found -> hasher.matches(password, found.passwordHash()))
                .orElseThrow(() -> new DomainException(WRONG_CREDENTIALS));
        if (!account.operator().enabled()) {
            throw new DomainException("Учётная запись отключена. Обратитесь к администратору.");
        }
        return account.operator();
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
        String oneTimePassword = generateOneTimePassword();
        operators.create(new NewOperator(INITIAL_ADMIN_LOGIN, "Администратор", Set.of(Role.ADMIN), false, true),
                hasher.hash(oneTimePassword.toCharArray()));
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
