package org.griddesk.core.operators;

import org.griddesk.core.access.Permission;
import org.griddesk.core.access.Role;
import org.griddesk.core.access.Operator;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.griddesk.core.cases.CaseKind;
import org.griddesk.core.cases.CaseNotifier;
import org.griddesk.core.cases.CaseQuery;
import org.griddesk.core.cases.CaseService;
import org.griddesk.core.cases.CaseStatuses;
import org.griddesk.core.cases.NewCase;
import org.griddesk.core.cases.NewDocument;
import org.griddesk.core.cases.SanitizedHtml;
import org.griddesk.core.common.AccessDeniedException;
import org.griddesk.core.common.Transactions;
import org.griddesk.core.signing.DocumentSigningService;
import org.griddesk.core.testing.InMemoryCases;
import org.griddesk.core.testing.InMemoryOperators;
import org.griddesk.core.testing.InMemorySignatures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every protected action, attempted by every role (with and without the right to sign): the services refuse
 * exactly what the role does not grant, whatever the screens show or hide.
 */
class PermissionMatrixTest {
    private final InMemoryCases cases = new InMemoryCases();
    private final Transactions direct = new Transactions() {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
            return work.get();
        }
    };
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-25T09:00:00Z"), ZoneOffset.UTC);
    private final CaseService caseService = new CaseService(cases, cases, () -> CaseStatuses.SEEDED,
            html -> new SanitizedHtml(html, html), direct, clock, CaseNotifier.NONE,
            org.griddesk.core.audit.AuditTrail.NONE);
    private final DocumentSigningService signing = new DocumentSigningService(cases, cases, new InMemorySignatures(),
            (document, cms) -> null, direct, clock, "АО «Сеть»", CaseNotifier.NONE,
            org.griddesk.core.audit.AuditTrail.NONE);
    private final InMemoryOperators operators = new InMemoryOperators();
    private final OperatorAdministration administration = new OperatorAdministration(operators,
            new AuthenticationService(operators, new PasswordHasher() {
                @Override
                public String hash(char[] password) {
                    return new String(password);
                }

                @Override
                public boolean matches(char[] password, String hash) {
                    return hash.equals(new String(password));
                }
            }, clock), direct, org.griddesk.core.audit.AuditTrail.NONE);
    private final long caseId = cases.create(new NewCase(1, CaseKind.APPLICATION, "Заявка", Instant.EPOCH));

    /** Each action with the permission it needs. */
    private Map<String, Map.Entry<Permission, Consumer<Operator>>> actions() {
        Map<String, Map.Entry<Permission, Consumer<Operator>>> actions = new LinkedHashMap<>();
        actions.put("открыть обращение", Map.entry(Permission.VIEW_CASES, actor -> caseService.open(actor, caseId)));
        actions.put("список обращений", Map.entry(Permission.VIEW_CASES, actor -> caseService.find(actor, CaseQuery.firstPage())));
        actions.put("счётчики", Map.entry(Permission.VIEW_CASES, actor -> caseService.countByStatus(actor, CaseQuery.firstPage())));
        actions.put("сохранить статус", Map.entry(Permission.EDIT_CASES,
                actor -> caseService.saveStatusAndNumber(actor, caseId, cases.load(caseId).orElseThrow().version(), "Принято", null)));
        actions.put("добавить документ", Map.entry(Permission.EDIT_CASES, actor -> caseService.addDocument(actor, caseId,
                new NewDocument("ТУ", "tu.pdf", 1, null, false), new ByteArrayInputStream(new byte[]{1}))));
        actions.put("добавить сообщение", Map.entry(Permission.EDIT_CASES, actor -> caseService.addMessage(actor, caseId, "<p>текст</p>")));
        actions.put("добавить статус", Map.entry(Permission.EDIT_CASES, actor -> caseService.addStatusNote(actor, caseId, "Ведется проектирование")));
        actions.put("удалить запись", Map.entry(Permission.EDIT_CASES, actor -> caseService.deleteItem(actor, caseId, 999)));
        actions.put("подписать", Map.entry(Permission.SIGN_FOR_ORGANISATION,
                actor -> signing.signAsOrganisation(actor, caseId, 999, document -> null)));
        actions.put("ход подписания", Map.entry(Permission.VIEW_CASES, actor -> signing.progress(actor, caseId)));
        actions.put("файл подписи", Map.entry(Permission.VIEW_CASES, actor -> signing.signatureFile(actor, 999)));
        actions.put("пользователи", Map.entry(Permission.MANAGE_OPERATORS, administration::list));
        actions.put("создать пользователя", Map.entry(Permission.MANAGE_OPERATORS, actor -> administration.create(actor,
                "user" + System.nanoTime(), "Новый Пользователь", Set.of(Role.CLERK), false)));
        actions.put("сбросить пароль", Map.entry(Permission.MANAGE_OPERATORS, actor -> administration.resetPassword(actor, 999)));
        actions.put("изменить роли", Map.entry(Permission.MANAGE_OPERATORS,
                actor -> administration.update(actor, 999, "Имя", Set.of(Role.CLERK), false, true)));
        return actions;
    }

    @Test
    void everyRoleMayDoExactlyWhatItGrants() {
        List<String> wrong = new ArrayList<>();
        for (Role role : Role.values()) {
            for (boolean canSign : new boolean[]{false, true}) {
                Operator actor = new Operator(100, role.name().toLowerCase(), role.title(), EnumSet.of(role), canSign, true, false);
                actions().forEach((name, action) -> {
                    boolean expected = actor.may(action.getKey());
                    boolean allowed = attempt(action.getValue(), actor);
                    if (expected != allowed) {
                        wrong.add(role + (canSign ? "+подпись" : "") + " / " + name + ": ожидалось "
                                + (expected ? "разрешено" : "запрещено"));
                    }
                });
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void aDisabledOperatorMayDoNothing() {
        Operator disabled = new Operator(101, "gone", "Уволен", EnumSet.allOf(Role.class), true, false, false);
        actions().forEach((name, action) -> assertThat(attempt(action.getValue(), disabled)).as(name).isFalse());
    }

    @Test
    void theRolesGrantWhatTheirTitlesSay() {
        assertThat(Role.CLERK.grants(Permission.EDIT_CASES)).isTrue();
        assertThat(Role.SUPERVISOR.grants(Permission.EDIT_CASES)).isFalse();
        assertThat(Role.SUPERVISOR.grants(Permission.EXPORT_REPORTS)).isTrue();
        assertThat(Role.ADMIN.grants(Permission.MANAGE_OPERATORS)).isTrue();
        assertThat(Role.values()).noneMatch(role -> role.grants(Permission.SIGN_FOR_ORGANISATION));
    }

    /** True unless the service refused for lack of rights; other failures (not found, …) mean it got past the check. */
    private static boolean attempt(Consumer<Operator> action, Operator actor) {
        try {
            action.accept(actor);
            return true;
        } catch (AccessDeniedException refused) {
            return false;
        } catch (RuntimeException pastTheCheck) {
            return true;
        }
    }
}
