package org.griddesk.core.operators;

import org.griddesk.core.access.AccessControl;
import org.griddesk.core.access.Permission;
import org.griddesk.core.access.Role;
import org.griddesk.core.access.Operator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.griddesk.core.audit.AuditTrail;
import org.griddesk.core.common.ConcurrentChangeException;
import org.griddesk.core.common.NotFoundException;
import org.griddesk.core.common.PlainText;
import org.griddesk.core.common.Transactions;
import org.griddesk.core.common.ValidationException;

/**
 * "Пользователи" for administrators: create operators, assign roles and the separate right to sign, disable,
 * reset a password. The last enabled administrator can't lock everyone out.
 */
public class OperatorAdministration {
    private final OperatorRepository operators;
    private final AuthenticationService authentication;
    private final Transactions transactions;
    private final AuditTrail audit;
    private final AccessControl access;

    public OperatorAdministration(OperatorRepository operators, AuthenticationService authentication,
                                  Transactions transactions, AuditTrail audit, AccessControl access) {
        this.access = access;
        this.operators = operators;
        this.authentication = authentication;
        this.transactions = transactions;
        this.audit = audit;
    }

    public List<OperatorListing> list(Operator actor) {
        access.require(actor, Permission.MANAGE_OPERATORS);
        return operators.listing();
    }

    /** Returns the one-time password to hand over; it must be changed at the first login. */
    public String create(Operator actor, String login, String fullName, Set<Role> roles, boolean canSign) {
        access.require(actor, Permission.MANAGE_OPERATORS);
        String cleanLogin = requireLogin(login);
        String name = requireName(fullName);
        requireRoles(roles);
        return transactions.inTransaction(() -> {
            if (operators.findByLogin(cleanLogin).isPresent()) {
                throw new ValidationException("Имя пользователя «" + cleanLogin + "» уже занято");
            }
            String oneTime = authentication.createWithOneTimePassword(new NewOperator(cleanLogin, name, Set.copyOf(roles), canSign, true));
            audit.record(actor, "Создан пользователь", "Пользователь " + cleanLogin, null, describe(name, roles, canSign, true));
            return oneTime;
        });
    }

    /**
     * Saves what the administrator saw at {@code seenVersion}; refused when another administrator saved first. The
     * last enabled administrator stays one even when two administrators race: their changes queue on a lock.
     */
    public Operator update(Operator actor, long operatorId, long seenVersion, String fullName, Set<Role> roles,
                           boolean canSign, boolean enabled) {
        access.require(actor, Permission.MANAGE_OPERATORS);
        String name = requireName(fullName);
        requireRoles(roles);
        return transactions.inTransaction(() -> {
            operators.lockForAdministration();
            Operator current = find(operatorId);
            boolean stillAdmin = enabled && roles.contains(Role.ADMIN);
            if (current.roles().contains(Role.ADMIN) && current.enabled() && !stillAdmin && enabledAdmins() == 1) {
                throw new ValidationException("Нельзя отключить или лишить прав последнего администратора");
            }
            if (!operators.update(operatorId, seenVersion, name, EnumSet.copyOf(roles), canSign, enabled)) {
                throw new ConcurrentChangeException("Пользователь «" + current.login() + "» уже изменён другим "
                        + "администратором. Список обновлён: проверьте его данные и повторите изменение.");
            }
            audit.record(actor, "Изменён пользователь", "Пользователь " + current.login(),
                    describe(current.fullName(), current.roles(), current.canSignForOrganisation(), current.enabled()),
                    describe(name, roles, canSign, enabled));
            return find(operatorId);
        });
    }

    /** A new one-time password, to be changed at the next login; the lock after wrong passwords is lifted. */
    public String resetPassword(Operator actor, long operatorId) {
        access.require(actor, Permission.MANAGE_OPERATORS);
        return transactions.inTransaction(() -> {
            Operator target = find(operatorId);
            operators.clearFailedLogins(operatorId);
            audit.record(actor, "Сброшен пароль", "Пользователь " + target.login(), null, null);
            return authentication.resetToOneTimePassword(operatorId);
        });
    }

    /** «Разблокировать»: lifts the lock after wrong passwords before its 15 minutes are over. */
    public void unlock(Operator actor, long operatorId) {
        access.require(actor, Permission.MANAGE_OPERATORS);
        transactions.run(() -> {
            Operator target = find(operatorId);
            operators.clearFailedLogins(operatorId);
            audit.record(actor, "Снята блокировка входа", "Пользователь " + target.login(), null, null);
        });
    }

    private static String describe(String name, Set<Role> roles, boolean canSign, boolean enabled) {
        return name + "; роли: " + roles.stream().sorted().map(Role::title).reduce((a, b) -> a + ", " + b).orElse("")
                + (canSign ? "; право подписи" : "") + (enabled ? "" : "; отключён");
    }

    private Operator find(long operatorId) {
        return operators.findById(operatorId).map(OperatorAccount::operator)
                .orElseThrow(() -> new NotFoundException("Пользователь не найден"));
    }

    private long enabledAdmins() {
        return operators.listing().stream().map(OperatorListing::operator)
                .filter(o -> o.enabled() && o.roles().contains(Role.ADMIN)).count();
    }

    private static String requireLogin(String login) {
        String clean = login == null ? "" : login.trim();
        if (!clean.matches("[A-Za-z0-9._-]{3,64}")) {
            throw new ValidationException("Имя пользователя: от 3 до 64 латинских букв, цифр, точек, дефисов или подчёркиваний");
        }
        return clean;
    }

    private static String requireName(String fullName) {
        if (fullName == null || fullName.isBlank()) {
            throw new ValidationException("Укажите ФИО пользователя");
        }
        if (fullName.trim().length() > 200) {
            throw new ValidationException("ФИО длиннее 200 символов");
        }
        return PlainText.refuseHidden(fullName.trim(), "ФИО");
    }

    private static void requireRoles(Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new ValidationException("Выберите хотя бы одну роль");
        }
    }
}
