package org.griddesk.core.operators;

import java.util.List;
import java.util.Optional;

/** Port: operator accounts in the shared database. */
public interface OperatorRepository {
    Optional<OperatorAccount> findByLogin(String login);

    long create(NewOperator operator, String passwordHash);

    void updatePassword(long operatorId, String passwordHash, boolean mustChangePassword);

    long count();

    List<Operator> findAll();
}
