package org.griddesk.core.operators;

import org.griddesk.core.access.OperatorDirectory;
import org.griddesk.core.access.Role;
import org.griddesk.core.access.Operator;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Port: operator accounts in the shared database. */
public interface OperatorRepository extends OperatorDirectory {
    @Override
    default Optional<Operator> current(Operator actor) {
        return findById(actor.id()).map(OperatorAccount::operator);
    }

    Optional<OperatorAccount> findByLogin(String login);

    Optional<OperatorAccount> findById(long id);

    long create(NewOperator operator, String passwordHash);

    void updatePassword(long operatorId, String passwordHash, boolean mustChangePassword);

    /** Counts one more failed login in the database itself, so two workstations can't lose a count; returns it. */
    int recordFailedLogin(long operatorId);

    /** Locks the account until {@code until} and starts the count again. */
    void lock(long operatorId, Instant until);

    void clearFailedLogins(long operatorId);

    /** Only if the row still has {@code expectedVersion}; false when another administrator saved it first. */
    boolean update(long operatorId, long expectedVersion, String fullName, Set<Role> roles,
                   boolean canSignForOrganisation, boolean enabled);

    /** Locks every operator row until the transaction ends: administrators' changes to who is admin queue up. */
    void lockForAdministration();

    long count();

    /** Everyone, by name, with versions and login locks. */
    List<OperatorListing> listing();
}
