package org.griddesk.core.operators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.griddesk.core.common.DomainException;
import org.griddesk.core.common.ValidationException;
import org.junit.jupiter.api.Test;

class AuthenticationServiceTest {
    /** Reversible on purpose: the real hasher is tested where it lives; here only the flow matters. */
    private final PasswordHasher marker = new PasswordHasher() {
        @Override
        public String hash(char[] password) {
            return "hashed:" + new String(password);
        }

        @Override
        public boolean matches(char[] password, String storedHash) {
            return storedHash.equals(hash(password));
        }
    };
    private final List<OperatorAccount> accounts = new ArrayList<>();
    private final OperatorRepository repository = new OperatorRepository() {
        @Override
        public Optional<OperatorAccount> findByLogin(String login) {
            return accounts.stream().filter(a -> a.operator().login().equals(login)).findFirst();
        }

        @Override
        public long create(NewOperator operator, String passwordHash) {
            long id = accounts.size() + 1;
            accounts.add(new OperatorAccount(new Operator(id, operator.login(), operator.fullName(), operator.roles(),
                    operator.canSignForOrganisation(), true, operator.mustChangePassword()), passwordHash));
            return id;
        }

        @Override
        public void updatePassword(long operatorId, String passwordHash, boolean mustChangePassword) {
            OperatorAccount old = accounts.get((int) operatorId - 1);
            Operator o = old.operator();
            accounts.set((int) operatorId - 1, new OperatorAccount(new Operator(o.id(), o.login(), o.fullName(), o.roles(),
                    o.canSignForOrganisation(), o.enabled(), mustChangePassword), passwordHash));
        }

        @Override
        public long count() {
            return accounts.size();
        }

        @Override
        public List<Operator> findAll() {
            return accounts.stream().map(OperatorAccount::operator).toList();
        }
    };
    private final AuthenticationService service = new AuthenticationService(repository, marker);

    @Test
    void theFirstStartCreatesAnAdministratorWhoMustChangeTheOneTimePassword() {
        String oneTime = service.createInitialAdministratorIfNone();

        assertThat(oneTime).hasSizeGreaterThanOrEqualTo(10);
        assertThat(service.createInitialAdministratorIfNone()).isNull();
        Operator admin = service.logIn("admin", oneTime.toCharArray());
        assertThat(admin.roles()).containsExactly(Role.ADMIN);
        assertThat(admin.mustChangePassword()).isTrue();
        assertThat(accounts.getFirst().passwordHash()).isNotEqualTo(oneTime);

        Operator changed = service.changePassword(admin, "Nov-2026!a".toCharArray(), "Nov-2026!a".toCharArray());
        assertThat(changed.mustChangePassword()).isFalse();
        assertThat(service.logIn("admin", "Nov-2026!a".toCharArray()).mustChangePassword()).isFalse();
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
}
