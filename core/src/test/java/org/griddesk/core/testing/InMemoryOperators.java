package org.griddesk.core.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.griddesk.core.operators.NewOperator;
import org.griddesk.core.access.Operator;
import org.griddesk.core.operators.OperatorAccount;
import org.griddesk.core.operators.OperatorListing;
import org.griddesk.core.operators.OperatorRepository;
import org.griddesk.core.access.Role;

/** Operator accounts in memory; ids are positions plus one. */
public class InMemoryOperators implements OperatorRepository {
    private final List<OperatorAccount> accounts = new ArrayList<>();
    private final java.util.Map<Long, Long> versions = new java.util.HashMap<>();

    @Override
    public Optional<OperatorAccount> findByLogin(String login) {
        return accounts.stream().filter(account -> account.operator().login().equals(login)).findFirst();
    }

    @Override
    public Optional<OperatorAccount> findById(long id) {
        return id >= 1 && id <= accounts.size() ? Optional.of(accounts.get((int) id - 1)) : Optional.empty();
    }

    @Override
    public long create(NewOperator operator, String passwordHash) {
        if (findByLogin(operator.login()).isPresent()) {
            throw new IllegalStateException("duplicate login " + operator.login());
        }
        long id = accounts.size() + 1;
        accounts.add(new OperatorAccount(new Operator(id, operator.login(), operator.fullName(), operator.roles(),
                operator.canSignForOrganisation(), true, operator.mustChangePassword()), passwordHash));
        return id;
    }

    @Override
    public void updatePassword(long operatorId, String passwordHash, boolean mustChangePassword) {
        OperatorAccount old = account(operatorId);
        Operator o = old.operator();
        replace(operatorId, new OperatorAccount(new Operator(o.id(), o.login(), o.fullName(), o.roles(),
                o.canSignForOrganisation(), o.enabled(), mustChangePassword), passwordHash, old.failedLogins(), old.lockedUntil()));
    }

    @Override
    public int recordFailedLogin(long operatorId) {
        OperatorAccount old = account(operatorId);
        replace(operatorId, new OperatorAccount(old.operator(), old.passwordHash(), old.failedLogins() + 1, old.lockedUntil()));
        return old.failedLogins() + 1;
    }

    @Override
    public void lock(long operatorId, Instant until) {
        OperatorAccount old = account(operatorId);
        replace(operatorId, new OperatorAccount(old.operator(), old.passwordHash(), 0, until));
    }

    @Override
    public void clearFailedLogins(long operatorId) {
        OperatorAccount old = account(operatorId);
        replace(operatorId, new OperatorAccount(old.operator(), old.passwordHash(), 0, null));
    }

    @Override
    public boolean update(long operatorId, long expectedVersion, String fullName, Set<Role> roles, boolean canSign,
                          boolean enabled) {
        if (versions.getOrDefault(operatorId, 0L) != expectedVersion) {
            return false;
        }
        OperatorAccount old = account(operatorId);
        Operator o = old.operator();
        replace(operatorId, new OperatorAccount(new Operator(o.id(), o.login(), fullName, roles, canSign, enabled,
                o.mustChangePassword()), old.passwordHash(), old.failedLogins(), old.lockedUntil()));
        versions.put(operatorId, expectedVersion + 1);
        return true;
    }

    @Override
    public void lockForAdministration() {
        // One thread in memory: nothing to queue.
    }

    @Override
    public long count() {
        return accounts.size();
    }

    @Override
    public List<OperatorListing> listing() {
        return accounts.stream().map(account -> new OperatorListing(account.operator(),
                versions.getOrDefault(account.operator().id(), 0L), account.lockedUntil())).toList();
    }

    private OperatorAccount account(long id) {
        return findById(id).orElseThrow();
    }

    private void replace(long id, OperatorAccount account) {
        accounts.set((int) id - 1, account);
    }
}
