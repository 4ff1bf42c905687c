package org.griddesk.core.operators;

import org.griddesk.core.cases.CaseDictionaries;
import org.griddesk.core.access.AccessControl;
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
import org.griddesk.core.audit.AuditQuery;
import org.griddesk.core.audit.AuditService;
import org.griddesk.core.audit.AuditTrail;
import org.griddesk.core.cases.DocumentItem;
import org.griddesk.core.cases.Side;
import org.griddesk.core.notifications.InMemoryOutbox;
import org.griddesk.core.notifications.OutboxService;
import org.griddesk.core.registrations.RegistrationNotifier;
import org.griddesk.core.registrations.RegistrationQuery;
import org.griddesk.core.registrations.RegistrationService;
import org.griddesk.core.settings.Dictionary;
import org.griddesk.core.settings.DictionaryEntry;
import org.griddesk.core.settings.DictionaryService;
import org.griddesk.core.settings.InMemoryDictionaries;
import org.griddesk.core.settings.InMemoryOrganisationSettings;
import org.griddesk.core.settings.OrganisationProfile;
import org.griddesk.core.settings.OrganisationSettingsService;
import org.griddesk.core.settings.PortalPage;
import org.griddesk.core.testing.InMemoryApplicants;
import org.griddesk.core.testing.InMemoryAudit;
import org.griddesk.core.testing.MarkedPasswords;
import org.griddesk.core.testing.InMemoryRegistrations;
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
            org.griddesk.core.audit.AuditTrail.NONE, AccessControl.asGiven(), CaseDictionaries.DEFAULT,
            (changedCase, status, operator, at) -> { });
    private final DocumentSigningService signing = new DocumentSigningService(cases, cases, new InMemorySignatures(),
            (document, cms) -> null, direct, clock, "АО «Сеть»", CaseNotifier.NONE,
            org.griddesk.core.audit.AuditTrail.NONE, AccessControl.asGiven());
    private final org.griddesk.core.contracts.ContractService contracts = new org.griddesk.core.contracts.ContractService(
            new org.griddesk.core.testing.InMemoryContracts(), cases, new InMemorySignatures(),
            changedCase -> java.util.Optional.empty(), (changedCase, status, operator, at) -> { },
            () -> List.of("Ведется проектирование"), CaseNotifier.NONE, AuditTrail.NONE, AccessControl.asGiven(), direct,
            clock);
    private final InMemoryOperators operators = new InMemoryOperators();
    private final OperatorAdministration administration = new OperatorAdministration(operators,
            new AuthenticationService(operators, new MarkedPasswords(), clock, new AuditService(new InMemoryAudit(), direct, AccessControl.asGiven())), direct,
            org.griddesk.core.audit.AuditTrail.NONE, AccessControl.asGiven());
    private final long caseId = cases.create(new NewCase(1, CaseKind.APPLICATION, "Заявка", Instant.EPOCH));
    private final InMemoryApplicants applicants = new InMemoryApplicants();
    private final RegistrationService registrations = new RegistrationService(new InMemoryRegistrations(applicants),
            applicants, RegistrationNotifier.NONE, direct, clock, AccessControl.asGiven());
    private final DictionaryService dictionaries = new DictionaryService(new InMemoryDictionaries(), AuditTrail.NONE,
            direct, clock, AccessControl.asGiven());
    private final OrganisationSettingsService settings = new OrganisationSettingsService(
            new InMemoryOrganisationSettings(), html -> new SanitizedHtml(html, html), AuditTrail.NONE, direct,
            AccessControl.asGiven());
    private final OutboxService outbox = new OutboxService(new InMemoryOutbox(), clock, () -> { }, true, AccessControl.asGiven());
    private final AuditService audit = new AuditService(new InMemoryAudit(), direct, AccessControl.asGiven());
    private static final DictionaryEntry ENTRY = new DictionaryEntry("Статус", 1, true);
    private final org.griddesk.core.cases.CaseAssignment assignment = new org.griddesk.core.cases.CaseAssignment(cases,
            new org.griddesk.core.testing.InMemoryAssignees().with(new org.griddesk.core.cases.Assignee(5, "Исполнитель", true)),
            direct, clock, AuditTrail.NONE, AccessControl.asGiven());
    private final org.griddesk.core.testing.InMemoryDeadlines deadlineTables = new org.griddesk.core.testing.InMemoryDeadlines();
    private final org.griddesk.core.deadlines.DeadlineAdministration deadlines =
            new org.griddesk.core.deadlines.DeadlineAdministration(deadlineTables, deadlineTables, AuditTrail.NONE, direct,
                    AccessControl.asGiven());
    private static final org.griddesk.core.reports.ReportPeriod PERIOD = new org.griddesk.core.reports.ReportPeriod(
            java.time.LocalDate.of(2026, 11, 1), java.time.LocalDate.of(2026, 11, 30), null);
    /** Every report query answers with nothing: the matrix checks only who may ask. */
    private final org.griddesk.core.reports.ReportService reports = new org.griddesk.core.reports.ReportService(
            (org.griddesk.core.reports.ReportQueries) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {org.griddesk.core.reports.ReportQueries.class},
                    (proxy, method, args) -> new org.griddesk.core.reports.ReportTable(List.of(), List.of())),
            cases, () -> new org.griddesk.core.deadlines.WorkingCalendar(List.of()), List.of(), direct, AuditTrail.NONE,
            AccessControl.asGiven(), clock);
    private static final org.griddesk.core.deadlines.DeadlineRule RULE = new org.griddesk.core.deadlines.DeadlineRule(999,
            org.griddesk.core.deadlines.RequestKind.GRID_CONNECTION,
            org.griddesk.core.deadlines.DeadlineStage.ANSWER, null, null, null, null, 1,
            org.griddesk.core.deadlines.TermUnit.WORKING_DAYS, "п. 1", false, 0);

    /** Retail storage that holds nothing: the matrix checks only who may ask. */
    @SuppressWarnings("unchecked")
    private static <T> T empty(Class<T> port) {
        return (T) java.lang.reflect.Proxy.newProxyInstance(PermissionMatrixTest.class.getClassLoader(),
                new Class<?>[] {port}, (proxy, method, args) -> {
                    Class<?> type = method.getReturnType();
                    return type == java.util.Optional.class ? java.util.Optional.empty() : type == List.class ? List.of()
                            : type == boolean.class ? false : type == long.class ? 0L : null;
                });
    }

    private final org.griddesk.core.readings.ReadingRepository readingStore = empty(org.griddesk.core.readings.ReadingRepository.class);
    private final org.griddesk.core.accounts.AccountService retailAccounts = new org.griddesk.core.accounts.AccountService(
            empty(org.griddesk.core.accounts.AccountRepository.class), readingStore, AuditTrail.NONE,
            AccessControl.asGiven(), direct, clock);
    private final org.griddesk.core.readings.ReadingService meterReadings = new org.griddesk.core.readings.ReadingService(
            readingStore, org.griddesk.core.readings.ReadingNotifier.NONE, AuditTrail.NONE, AccessControl.asGiven(),
            direct, clock);

    /** Each action with the permission it needs. */
    private Map<String, Map.Entry<Permission, Consumer<Operator>>> actions() {
        Map<String, Map.Entry<Permission, Consumer<Operator>>> actions = new LinkedHashMap<>();
        actions.put("открыть обращение", Map.entry(Permission.VIEW_CASES, actor -> caseService.open(actor, caseId)));
        actions.put("список обращений", Map.entry(Permission.VIEW_CASES, actor -> caseService.find(actor, CaseQuery.firstPage())));
        actions.put("счётчики", Map.entry(Permission.VIEW_CASES, actor -> caseService.find(actor, CaseQuery.firstPage().page(100))));
        actions.put("сохранить статус", Map.entry(Permission.EDIT_CASES,
                actor -> caseService.saveStatusAndNumber(actor, caseId, cases.load(caseId).orElseThrow().version(), "Принято", null)));
        actions.put("добавить документ", Map.entry(Permission.EDIT_CASES, actor -> caseService.addDocument(actor, caseId,
                new NewDocument("ТУ", "tu.pdf", 5, null, false), new ByteArrayInputStream("%PDF-".getBytes()))));
        actions.put("добавить сообщение", Map.entry(Permission.EDIT_CASES, actor -> caseService.addMessage(actor, caseId, "<p>текст</p>")));
        actions.put("добавить статус", Map.entry(Permission.EDIT_CASES, actor -> caseService.addStatusNote(actor, caseId, "Ведется проектирование")));
        actions.put("удалить запись", Map.entry(Permission.EDIT_CASES, actor -> caseService.deleteItem(actor, caseId, 999)));
        actions.put("договор", Map.entry(Permission.VIEW_CASES, actor -> contracts.contract(actor, caseId)));
        actions.put("стадия договора", Map.entry(Permission.EDIT_CASES,
                actor -> contracts.changeStage(actor, caseId, 0, "Ведется проектирование")));
        actions.put("договор исполнен", Map.entry(Permission.EDIT_CASES, actor -> contracts.complete(actor, caseId, 0)));
        actions.put("подписать", Map.entry(Permission.SIGN_FOR_ORGANISATION,
                actor -> signing.signAsOrganisation(actor, caseId, 999, document -> null)));
        actions.put("ход подписания", Map.entry(Permission.VIEW_CASES, actor -> signing.progress(actor, caseId)));
        actions.put("файл подписи", Map.entry(Permission.VIEW_CASES, actor -> signing.signatureFile(actor, 999)));
        actions.put("пользователи", Map.entry(Permission.MANAGE_OPERATORS, administration::list));
        actions.put("создать пользователя", Map.entry(Permission.MANAGE_OPERATORS, actor -> administration.create(actor,
                "user" + System.nanoTime(), "Новый Пользователь", Set.of(Role.CLERK), false)));
        actions.put("сбросить пароль", Map.entry(Permission.MANAGE_OPERATORS, actor -> administration.resetPassword(actor, 999)));
        actions.put("изменить роли", Map.entry(Permission.MANAGE_OPERATORS,
                actor -> administration.update(actor, 999, 0, "Имя", Set.of(Role.CLERK), false, true)));
        actions.put("обновить обращение", Map.entry(Permission.VIEW_CASES, actor -> caseService.refresh(actor, caseId)));
        actions.put("скачать документ", Map.entry(Permission.VIEW_CASES, actor -> caseService.download(actor,
                new DocumentItem(999, Side.APPLICANT, Instant.EPOCH, "Заявитель", "ТУ", "tu.pdf", 1, null, null, 999, false),
                java.io.OutputStream.nullOutputStream())));
        actions.put("проверить подпись", Map.entry(Permission.VIEW_CASES, actor -> signing.verify(actor, caseId, 999)));
        actions.put("регистрации", Map.entry(Permission.VIEW_CASES,
                actor -> registrations.list(actor, new RegistrationQuery(null, null, null, null, 0, 10))));
        actions.put("дубликаты регистраций", Map.entry(Permission.VIEW_CASES, actor -> registrations.duplicateCounts(actor,
                registrations.list(new Operator(1, "c", "c", Set.of(Role.CLERK), false, true, false),
                        new RegistrationQuery(null, null, null, null, 0, 10)))));
        actions.put("открыть регистрацию", Map.entry(Permission.VIEW_CASES, actor -> registrations.open(actor, 999)));
        actions.put("подтвердить регистрацию", Map.entry(Permission.EDIT_CASES, actor -> registrations.confirm(actor, 999, 0)));
        actions.put("отклонить регистрацию", Map.entry(Permission.EDIT_CASES,
                actor -> registrations.reject(actor, 999, 0, "Причина")));
        actions.put("запросить исправление", Map.entry(Permission.EDIT_CASES,
                actor -> registrations.requestCorrection(actor, 999, 0, "Причина")));
        actions.put("заблокировать", Map.entry(Permission.EDIT_CASES, actor -> registrations.block(actor, 999, 0, "Причина")));
        actions.put("разблокировать", Map.entry(Permission.EDIT_CASES, actor -> registrations.unblock(actor, 999, 0)));
        actions.put("справочник", Map.entry(Permission.MANAGE_OPERATORS,
                actor -> dictionaries.entries(actor, Dictionary.CASE_STATUSES)));
        actions.put("свободные статусы", Map.entry(Permission.MANAGE_OPERATORS, dictionaries::freeTextStatuses));
        actions.put("добавить в справочник", Map.entry(Permission.MANAGE_OPERATORS,
                actor -> dictionaries.add(actor, Dictionary.CASE_STATUSES, "Новый " + System.nanoTime())));
        actions.put("переименовать", Map.entry(Permission.MANAGE_OPERATORS,
                actor -> dictionaries.rename(actor, Dictionary.CASE_STATUSES, ENTRY, "Другой")));
        actions.put("вывести из употребления", Map.entry(Permission.MANAGE_OPERATORS,
                actor -> dictionaries.retire(actor, Dictionary.CASE_STATUSES, ENTRY)));
        actions.put("вернуть в употребление", Map.entry(Permission.MANAGE_OPERATORS,
                actor -> dictionaries.restore(actor, Dictionary.CASE_STATUSES, ENTRY)));
        actions.put("порядок", Map.entry(Permission.MANAGE_OPERATORS,
                actor -> dictionaries.reorder(actor, Dictionary.CASE_STATUSES, List.of())));
        actions.put("перенести в справочник", Map.entry(Permission.MANAGE_OPERATORS,
                actor -> dictionaries.promote(actor, "Ждём оплату")));
        actions.put("данные организации", Map.entry(Permission.MANAGE_OPERATORS, actor -> settings.saveProfile(actor,
                new OrganisationProfile("АО «Сеть»", "Москва", "+74950000000", "info@set.ru", "https://set.ru",
                        "mail@set.ru", "https://set.ru/forms", 0))));
        actions.put("тексты портала", Map.entry(Permission.MANAGE_OPERATORS,
                actor -> settings.savePortalText(actor, PortalPage.HELP, "<p>Помощь</p>", 0)));
        actions.put("почта", Map.entry(Permission.VIEW_CASES, actor -> outbox.list(actor, null, 10)));
        actions.put("отправить повторно", Map.entry(Permission.EDIT_CASES, actor -> outbox.resend(actor, 999)));
        actions.put("снять блокировку входа", Map.entry(Permission.MANAGE_OPERATORS, actor -> administration.unlock(actor, 999)));
        actions.put("журнал аудита", Map.entry(Permission.MANAGE_OPERATORS,
                actor -> audit.find(actor, new AuditQuery(null, null, null, null, 10))));
        actions.put("исполнители", Map.entry(Permission.VIEW_CASES, assignment::assignees));
        actions.put("взять в работу", Map.entry(Permission.EDIT_CASES, actor -> assignment.take(actor, caseId)));
        actions.put("назначить исполнителя", Map.entry(Permission.ASSIGN_CASES,
                actor -> assignment.assign(actor, List.of(caseId), null, "Причина")));
        actions.put("правила сроков", Map.entry(Permission.MANAGE_OPERATORS, deadlines::rules));
        actions.put("изменить правило", Map.entry(Permission.MANAGE_OPERATORS,
                actor -> deadlines.updateRule(actor, RULE, 2, org.griddesk.core.deadlines.TermUnit.WORKING_DAYS, "п. 2", false)));
        actions.put("календарь", Map.entry(Permission.MANAGE_OPERATORS, deadlines::calendarDays));
        actions.put("день календаря", Map.entry(Permission.MANAGE_OPERATORS,
                actor -> deadlines.saveDay(actor, java.time.LocalDate.of(2027, 1, 2), false, "")));
        actions.put("удалить день", Map.entry(Permission.MANAGE_OPERATORS,
                actor -> deadlines.deleteDay(actor, java.time.LocalDate.of(2027, 1, 2))));
        actions.put("отчёт", Map.entry(Permission.EXPORT_REPORTS, actor -> reports.run(actor,
                org.griddesk.core.reports.ReportKind.INFLOW, PERIOD)));
        actions.put("выгрузить отчёт", Map.entry(Permission.EXPORT_REPORTS, actor -> reports.export(actor,
                org.griddesk.core.reports.ReportKind.INFLOW, PERIOD, org.griddesk.core.reports.ExportFormat.CSV,
                java.io.OutputStream.nullOutputStream())));
        actions.put("выгрузить список", Map.entry(Permission.EXPORT_REPORTS, actor -> reports.exportQueue(actor,
                CaseQuery.firstPage(), "все", org.griddesk.core.reports.ExportFormat.CSV,
                java.io.OutputStream.nullOutputStream())));
        retailActions(actions);
        return actions;
    }

    private void retailActions(Map<String, Map.Entry<Permission, Consumer<Operator>>> actions) {
        actions.put("изменения регистраций", Map.entry(Permission.VIEW_CASES, registrations::changeMark));
        actions.put("найти лицевой счёт", Map.entry(Permission.VIEW_CASES,
                actor -> retailAccounts.search(actor, new org.griddesk.core.accounts.AccountQuery("Иванов", 10))));
        actions.put("открыть лицевой счёт", Map.entry(Permission.VIEW_CASES, actor -> retailAccounts.open(actor, 999)));
        actions.put("заявки на привязку", Map.entry(Permission.VIEW_CASES, actor -> retailAccounts.pendingRequests(actor, 10)));
        actions.put("привязать счёт", Map.entry(Permission.EDIT_CASES, actor -> retailAccounts.confirm(actor, 999, 0)));
        actions.put("отказать в привязке", Map.entry(Permission.EDIT_CASES,
                actor -> retailAccounts.refuse(actor, 999, 0, "Нет такого счёта")));
        actions.put("отключить квитанцию", Map.entry(Permission.EDIT_CASES, actor -> retailAccounts.endEReceipt(actor, 999)));
        actions.put("отключить счёт", Map.entry(Permission.EDIT_CASES, actor -> retailAccounts.unlink(actor, 999, 1)));
        actions.put("показания", Map.entry(Permission.VIEW_CASES, actor -> meterReadings.pending(actor, 10)));
        actions.put("внести показание", Map.entry(Permission.EDIT_CASES, actor -> meterReadings.enter(actor, 999,
                org.griddesk.core.readings.ReadingChannel.PHONE, java.math.BigDecimal.ONE, false)));
        actions.put("принять показание", Map.entry(Permission.EDIT_CASES, actor -> meterReadings.accept(actor, 999, 0)));
        actions.put("исправить показание", Map.entry(Permission.EDIT_CASES,
                actor -> meterReadings.correct(actor, 999, 0, java.math.BigDecimal.ONE, false, "Опечатка")));
        actions.put("отклонить показание", Map.entry(Permission.EDIT_CASES,
                actor -> meterReadings.reject(actor, 999, 0, "Неисправен")));
        actions.put("неисправности", Map.entry(Permission.VIEW_CASES, actor -> meterReadings.pendingFaults(actor, 10)));
        actions.put("ответ о неисправности", Map.entry(Permission.EDIT_CASES,
                actor -> meterReadings.answerFault(actor, 999, 0, "Выезд 20 декабря")));
    }

    /**
     * Each protected service method (one that calls {@code access.require}) has its action above: a new protected
     * method that nobody put in the matrix fails here, read from the sources.
     */
    @Test
    void everyProtectedMethodOfTheServicesIsInTheMatrix() throws Exception {
        Set<String> protectedMethods = new java.util.TreeSet<>();
        java.util.regex.Pattern method = java.util.regex.Pattern.compile("^    public [^=;(]*?(\\w+)\\((Operator|[^)]*Operator )");
        try (var sources = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/java"))) {
            for (java.nio.file.Path file : sources.filter(f -> f.toString().endsWith(".java")).toList()) {
                String current = null;
                for (String line : java.nio.file.Files.readAllLines(file)) {
                    java.util.regex.Matcher found = method.matcher(line);
                    if (found.find()) {
                        current = file.getFileName().toString().replace(".java", "") + "." + found.group(1);
                    }
                    if (line.contains("access.require(") && current != null) {
                        protectedMethods.add(current);
                    }
                }
            }
        }
        assertThat(protectedMethods).as("protected methods found in the sources").hasSizeGreaterThan(30);
        assertThat(COVERED).containsAll(protectedMethods);
        assertThat(actions()).hasSizeGreaterThanOrEqualTo(protectedMethods.size());
    }

    /** The service methods the actions above call (kept next to them: a new action adds its method here). */
    private static final Set<String> COVERED = Set.of("CaseService.find",
            "CaseService.open", "CaseService.refresh", "CaseService.saveStatusAndNumber", "CaseService.addDocument",
            "CaseService.addMessage", "CaseService.addStatusNote", "CaseService.deleteItem", "CaseService.download",
            "DocumentSigningService.progress", "DocumentSigningService.signAsOrganisation",
            "DocumentSigningService.verify", "DocumentSigningService.signatureFile", "ContractService.contract",
            "ContractService.changeStage", "ContractService.complete",
            "OperatorAdministration.list", "OperatorAdministration.create", "OperatorAdministration.update",
            "OperatorAdministration.resetPassword", "OperatorAdministration.unlock", "RegistrationService.list", "RegistrationService.duplicateCounts",
            "RegistrationService.open", "RegistrationService.confirm", "RegistrationService.reject",
            "RegistrationService.requestCorrection", "RegistrationService.block", "RegistrationService.unblock",
            "DictionaryService.entries", "DictionaryService.freeTextStatuses", "DictionaryService.add",
            "DictionaryService.rename", "DictionaryService.retire", "DictionaryService.restore",
            "DictionaryService.reorder", "DictionaryService.promote", "OrganisationSettingsService.saveProfile",
            "OrganisationSettingsService.savePortalText", "OutboxService.list", "OutboxService.resend",
            "AuditService.find", "CaseAssignment.assignees", "CaseAssignment.take", "CaseAssignment.assign",
            "DeadlineAdministration.rules", "DeadlineAdministration.updateRule", "DeadlineAdministration.calendarDays",
            "DeadlineAdministration.saveDay", "DeadlineAdministration.deleteDay", "ReportService.run",
            "ReportService.exportQueue", "RegistrationService.changeMark", "AccountService.search",
            "AccountService.open", "AccountService.pendingRequests", "AccountService.confirm", "AccountService.refuse",
            "AccountService.endEReceipt", "AccountService.unlink", "ReadingService.pending", "ReadingService.enter",
            "ReadingService.accept", "ReadingService.correct", "ReadingService.reject", "ReadingService.pendingFaults",
            "ReadingService.answerFault");

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
