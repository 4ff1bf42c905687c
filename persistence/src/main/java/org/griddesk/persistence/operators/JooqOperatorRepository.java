package org.griddesk.persistence.operators;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.griddesk.core.operators.NewOperator;
import org.griddesk.core.access.Operator;
import org.griddesk.core.operators.OperatorAccount;
import org.griddesk.core.operators.OperatorListing;
import org.griddesk.core.operators.OperatorRepository;
import org.griddesk.core.access.Role;
import org.griddesk.persistence.database.Timestamps;
import org.griddesk.persistence.schema.tables.records.OperatorRecord;
import org.jooq.DSLContext;

import static org.griddesk.persistence.schema.Tables.OPERATOR;

public final class JooqOperatorRepository implements OperatorRepository {
    private final DSLContext dsl;
    private final Clock clock;

    public JooqOperatorRepository(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    @Override
    public Optional<OperatorAccount> findByLogin(String login) {
        return dsl.selectFrom(OPERATOR).where(OPERATOR.LOGIN.eq(login)).fetchOptional()
                .map(JooqOperatorRepository::toAccount);
    }

    @Override
    public Optional<OperatorAccount> findById(long id) {
        return dsl.selectFrom(OPERATOR).where(OPERATOR.ID.eq(id)).fetchOptional().map(JooqOperatorRepository::toAccount);
    }

    @Override
    public int recordFailedLogin(long operatorId) {
        return dsl.update(OPERATOR)
                .set(OPERATOR.FAILED_LOGINS, OPERATOR.FAILED_LOGINS.plus(1))
                .where(OPERATOR.ID.eq(operatorId))
                .returning(OPERATOR.FAILED_LOGINS)
                .fetchOne(OPERATOR.FAILED_LOGINS);
    }

    @Override
    public void lock(long operatorId, Instant until) {
        dsl.update(OPERATOR).set(OPERATOR.FAILED_LOGINS, 0).set(OPERATOR.LOCKED_UNTIL, Timestamps.toColumn(until))
                .where(OPERATOR.ID.eq(operatorId)).execute();
    }

    @Override
    public void clearFailedLogins(long operatorId) {
        dsl.update(OPERATOR).set(OPERATOR.FAILED_LOGINS, 0).setNull(OPERATOR.LOCKED_UNTIL)
                .where(OPERATOR.ID.eq(operatorId)).execute();
    }

    @Override
    public boolean update(long operatorId, long expectedVersion, String fullName, Set<Role> roles,
                          boolean canSignForOrganisation, boolean enabled) {
        return dsl.update(OPERATOR)
                .set(OPERATOR.FULL_NAME, fullName)
                .set(OPERATOR.ROLES, roleNames(roles))
                .set(OPERATOR.CAN_SIGN, canSignForOrganisation)
                .set(OPERATOR.ENABLED, enabled)
                .set(OPERATOR.VERSION, expectedVersion + 1)
                .where(OPERATOR.ID.eq(operatorId).and(OPERATOR.VERSION.eq(expectedVersion)))
                .execute() == 1;
    }

    @Override
    public void lockForAdministration() {
        dsl.select(OPERATOR.ID).from(OPERATOR).forUpdate().fetch();
    }

    @Override
    public long create(NewOperator operator, String passwordHash) {
        return dsl.insertInto(OPERATOR)
                .set(OPERATOR.LOGIN, operator.login())
                .set(OPERATOR.FULL_NAME, operator.fullName())
                .set(OPERATOR.ROLES, roleNames(operator.roles()))
                .set(OPERATOR.CAN_SIGN, operator.canSignForOrganisation())
                .set(OPERATOR.MUST_CHANGE_PASSWORD, operator.mustChangePassword())
                .set(OPERATOR.PASSWORD_HASH, passwordHash)
                .set(OPERATOR.CREATED_AT, Timestamps.toColumn(clock.instant()))
                .returning(OPERATOR.ID)
                .fetchSingle(OPERATOR.ID);
    }

    @Override
    public void updatePassword(long operatorId, String passwordHash, boolean mustChangePassword) {
        dsl.update(OPERATOR)
                .set(OPERATOR.PASSWORD_HASH, passwordHash)
                .set(OPERATOR.MUST_CHANGE_PASSWORD, mustChangePassword)
                .where(OPERATOR.ID.eq(operatorId))
                .execute();
    }

    @Override
    public long count() {
        return dsl.fetchCount(OPERATOR);
    }

    @Override
    public List<OperatorListing> listing() {
        return dsl.selectFrom(OPERATOR).orderBy(OPERATOR.FULL_NAME).fetch(row -> new OperatorListing(toOperator(row),
                row.getVersion(), Timestamps.fromColumn(row.getLockedUntil())));
    }

    private static String roleNames(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
    }

    private static OperatorAccount toAccount(OperatorRecord row) {
        return new OperatorAccount(toOperator(row), row.getPasswordHash(), row.getFailedLogins(),
                Timestamps.fromColumn(row.getLockedUntil()));
    }

    static Operator toOperator(OperatorRecord row) {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(row.getRoles().split(",")).filter(name -> !name.isBlank()).map(Role::valueOf).forEach(roles::add);
        return new Operator(row.getId(), row.getLogin(), row.getFullName(), roles, row.getCanSign(), row.getEnabled(),
                row.getMustChangePassword());
    }
}
