package org.griddesk.persistence.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.griddesk.persistence.schema.Tables.APPEAL;
import static org.griddesk.persistence.schema.Tables.AUDIT_RECORD;
import static org.griddesk.persistence.schema.Tables.AUDIT_UNSEALED;
import static org.griddesk.persistence.schema.Tables.CASE_DEADLINE;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import org.griddesk.core.access.Role;
import org.griddesk.core.applicants.ApplicantType;
import org.griddesk.core.cases.CaseChange;
import org.griddesk.core.cases.CaseKind;
import org.griddesk.core.cases.CaseStatuses;
import org.griddesk.core.cases.DocumentItem;
import org.griddesk.core.cases.MessageItem;
import org.griddesk.core.cases.NewCase;
import org.griddesk.core.cases.Side;
import org.griddesk.core.cases.StoredContent;
import org.griddesk.core.deadlines.DeadlineStage;
import org.griddesk.core.deadlines.StageStatuses;
import org.griddesk.core.notifications.MailMessage;
import org.griddesk.core.notifications.NotificationKind;
import org.griddesk.core.operators.NewOperator;
import org.griddesk.core.registrations.Consents;
import org.griddesk.core.registrations.Housekeeping;
import org.griddesk.core.registrations.NewRegistration;
import org.griddesk.core.registrations.RegistrationChange;
import org.griddesk.core.registrations.RegistrationForm;
import org.griddesk.core.reports.Granularity;
import org.griddesk.core.reports.ReportColumn;
import org.griddesk.core.reports.ReportPeriod;
import org.griddesk.core.reports.ReportTable;
import org.griddesk.core.signing.DocumentSignature;
import org.griddesk.core.signing.SignatureKind;
import org.griddesk.persistence.applicants.JooqApplicantRepository;
import org.griddesk.persistence.cases.JooqCaseRepository;
import org.griddesk.persistence.cases.JooqDocumentStore;
import org.griddesk.persistence.database.Database;
import org.griddesk.persistence.database.Timestamps;
import org.griddesk.persistence.notifications.JooqOutbox;
import org.griddesk.persistence.operators.JooqOperatorRepository;
import org.griddesk.persistence.registrations.JooqRegistrationRepository;
import org.griddesk.persistence.signing.JooqSignatureRepository;
import org.griddesk.persistence.testing.TestData;
import org.griddesk.persistence.testing.TestDatabase;
import org.jooq.DSLContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every report over one hand-counted fixture: seven cases around 09.11–22.11.2026 in Moscow time (UTC+3). Several
 * events lie between 21:00 and 24:00 UTC, so that counting days in UTC would put them on another day, week or outside
 * the period; the expected figures are the Moscow ones.
 */
class JooqReportQueriesTest {
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final LocalDate FROM = LocalDate.of(2026, 11, 9);
    private static final LocalDate TO = LocalDate.of(2026, 11, 22);
    private static final ReportPeriod WEEKS = new ReportPeriod(FROM, TO, Granularity.WEEK);
    private static final String PETROVA = "Петрова Анна Сергеевна";
    private static final String IVANOV = "Иванов Олег Петрович";
    private static final String SIDOROVA = "Сидорова Мария Ивановна";
    private static final String APPLICATION = CaseKind.APPLICATION.title();
    private static final String MESSAGE = CaseKind.MESSAGE.title();
    private static final String FULFILLED = "Исполнено";
    private static final String DISMISSED = "Закрыто";
    private static final String OFFER = "Оферта договора о технологическом присоединении";

    private record Fixture(Database database, JooqReportQueries reports) implements AutoCloseable {
        @Override
        public void close() {
            database.close();
        }
    }

    /** What the cases below hold, with the Moscow day of each event. */
    private static Fixture fixture(TestDatabase vendor) {
        Database database = vendor.open();
        DSLContext dsl = database.dsl();
        JooqCaseRepository cases = new JooqCaseRepository(dsl, MOSCOW);
        JooqSignatureRepository signatures = new JooqSignatureRepository(dsl);
        JooqOperatorRepository operators = new JooqOperatorRepository(dsl, Clock.systemUTC());
        long petrova = operators.create(clerk("petrova", PETROVA), "hash");
        long ivanov = operators.create(clerk("ivanov", IVANOV), "hash");
        long sidorova = operators.create(clerk("sidorova", SIDOROVA), "hash");
        assertThat(operators.update(sidorova, 0, SIDOROVA, EnumSet.of(Role.CLERK), false, false)).isTrue();
        operators.create(clerk("kozlov", "Козлов Игорь Андреевич"), "hash"); // enabled, but nothing to do
        long applicant = new JooqApplicantRepository(dsl).create(TestData.individualWithSeedSnils());
        StoredContent file = new JooqDocumentStore(dsl, Clock.systemUTC())
                .store(new ByteArrayInputStream("pdf".getBytes(StandardCharsets.UTF_8)), Long.MAX_VALUE);

        // A: application of Mon 09.11 09:00, answered Tue 10.11, offer signed 14.11, connected and closed Thu 19.11.
        long a = cases.create(new NewCase(applicant, CaseKind.APPLICATION, "Заявка А", at("2026-11-09T06:00:00Z")));
        cases.assign(a, null, petrova);
        cases.addItem(a, message(Side.ORGANISATION, "2026-11-10T07:00:00Z"));
        status(cases, a, "2026-11-11T07:00:00Z", PETROVA, CaseStatuses.INITIAL, StageStatuses.UNDER_REVIEW);
        long offerA = cases.addItem(a, document(file, Side.ORGANISATION, "2026-11-12T08:00:00Z", OFFER, true));
        signatures.add(signature(offerA, Side.ORGANISATION, "2026-11-12T09:00:00Z", null), null);
        signatures.add(signature(offerA, Side.APPLICANT, "2026-11-13T10:00:00Z", "Подпись не соответствует владельцу"), null);
        signatures.add(signature(offerA, Side.APPLICANT, "2026-11-14T10:00:00Z", null), null);
        status(cases, a, "2026-11-13T08:00:00Z", PETROVA, StageStatuses.UNDER_REVIEW, StageStatuses.CONTRACT_EXECUTION);
        cases.addItem(a, document(file, Side.ORGANISATION, "2026-11-17T10:00:00Z",
                "Уведомление о выполнении технических условий", false));
        cases.addItem(a, document(file, Side.APPLICANT, "2026-11-18T08:00:00Z", "Акт разногласий", false));
        cases.addItem(a, document(file, Side.ORGANISATION, "2026-11-18T21:30:00Z", // Thu 19.11 00:30 in Moscow
                "Акт об осуществлении технологического присоединения", false));
        status(cases, a, "2026-11-19T10:00:00Z", PETROVA, StageStatuses.CONTRACT_EXECUTION, FULFILLED);
        cases.updateStatusAndNumber(a, 0, CaseStatuses.INITIAL, FULFILLED, "101", at("2026-11-19T10:00:00Z"));
        stage(dsl, a, DeadlineStage.CONTRACT_DOCUMENTS, "2026-11-09", "2026-11-23", "2026-11-13", false);
        stage(dsl, a, DeadlineStage.CONTRACT_EXECUTION, "2026-11-13", "2027-05-13", "2026-11-19", false);

        // B: application of Mon 16.11 00:30 Moscow (still Sunday in UTC), answered at 01:00, unassigned and overdue.
        long b = cases.create(new NewCase(applicant, CaseKind.APPLICATION, "Заявка Б", at("2026-11-15T21:30:00Z")));
        cases.updateStatusAndNumber(b, 0, CaseStatuses.INITIAL, CaseStatuses.INITIAL, "102", at("2026-11-15T21:30:00Z"));
        cases.addItem(b, message(Side.ORGANISATION, "2026-11-15T22:00:00Z"));
        cases.addItem(b, document(file, Side.ORGANISATION, "2026-11-16T08:00:00Z", "Технические условия", true));
        stage(dsl, b, DeadlineStage.MISSING_INFORMATION_NOTICE, "2026-11-16", "2026-11-17", null, false);
        runningUntil(dsl, b, "2026-11-17");

        // C: message of Mon 09.11 00:10 Moscow (Sunday in UTC), answered the same day, closed Tue 10.11.
        long c = cases.create(new NewCase(applicant, CaseKind.MESSAGE, "Вопрос В", at("2026-11-08T21:10:00Z")));
        cases.assign(c, null, ivanov);
        cases.addItem(c, message(Side.ORGANISATION, "2026-11-09T08:00:00Z"));
        cases.addItem(c, message(Side.ORGANISATION, "2026-11-17T08:00:00Z"));
        status(cases, c, "2026-11-10T09:00:00Z", IVANOV, CaseStatuses.INITIAL, DISMISSED);
        cases.updateStatusAndNumber(c, 0, CaseStatuses.INITIAL, DISMISSED, null, at("2026-11-10T09:00:00Z"));
        stage(dsl, c, DeadlineStage.ANSWER, "2026-11-09", "2026-12-09", "2026-11-10", false);

        // D: application of 05.11, answered 06.11 (before the period), first stage ended late on 16.11.
        long d = cases.create(new NewCase(applicant, CaseKind.APPLICATION, "Заявка Г", at("2026-11-05T10:00:00Z")));
        cases.assign(d, null, petrova);
        cases.addItem(d, message(Side.ORGANISATION, "2026-11-06T10:00:00Z"));
        cases.addItem(d, message(Side.APPLICANT, "2026-11-10T10:00:00Z"));
        cases.appendHistory(d, new CaseChange(at("2026-11-08T21:30:00Z"), PETROVA, "Исполнитель", null, PETROVA));
        status(cases, d, "2026-11-16T12:00:00Z", PETROVA, CaseStatuses.INITIAL, StageStatuses.UNDER_REVIEW);
        cases.updateStatusAndNumber(d, 0, CaseStatuses.INITIAL, StageStatuses.UNDER_REVIEW, "104",
                at("2026-11-16T12:00:00Z"));
        long offerD = cases.addItem(d, document(file, Side.ORGANISATION, "2026-11-17T08:00:00Z", OFFER, true));
        signatures.add(signature(offerD, Side.ORGANISATION, "2026-11-17T09:00:00Z", null), null);
        signatures.add(signature(offerD, Side.APPLICANT, "2026-11-22T21:30:00Z", "Истёк срок сертификата"), null);
        stage(dsl, d, DeadlineStage.MISSING_INFORMATION_NOTICE, "2026-11-05", "2026-11-10", "2026-11-16", true);
        stage(dsl, d, DeadlineStage.CONTRACT_DOCUMENTS, "2026-11-05", "2026-11-19", null, false);
        runningUntil(dsl, d, "2026-11-19");

        // F: message of 21.10, signed in October, under review from 25.10 until Thu 12.11 (changed by Sidorova).
        long f = cases.create(new NewCase(applicant, CaseKind.MESSAGE, "Вопрос Е", at("2026-10-21T09:00:00Z")));
        cases.assign(f, null, ivanov);
        long answerF = cases.addItem(f, document(file, Side.ORGANISATION, "2026-10-22T09:00:00Z", "Ответ", true));
        signatures.add(signature(answerF, Side.ORGANISATION, "2026-10-22T10:00:00Z", null), null);
        signatures.add(signature(answerF, Side.APPLICANT, "2026-10-23T09:00:00Z", "Не тот документ"), null);
        signatures.add(signature(answerF, Side.APPLICANT, "2026-10-24T09:00:00Z", null), null);
        status(cases, f, "2026-10-25T09:00:00Z", IVANOV, CaseStatuses.INITIAL, StageStatuses.UNDER_REVIEW);
        status(cases, f, "2026-11-12T09:00:00Z", SIDOROVA, StageStatuses.UNDER_REVIEW, StageStatuses.WAITING_FOR_APPLICANT);
        cases.updateStatusAndNumber(f, 0, CaseStatuses.INITIAL, StageStatuses.WAITING_FOR_APPLICANT, null,
                at("2026-11-12T09:00:00Z"));
        stage(dsl, f, DeadlineStage.ANSWER, "2026-10-21", "2026-11-06", "2026-11-08", true);
        stage(dsl, f, DeadlineStage.ANSWER, "2026-11-12", "2026-11-18", null, false);
        runningUntil(dsl, f, "2026-11-18");

        // H: message of 02.11, due after this week. E: message of Mon 23.11 00:30 Moscow, after the period.
        long h = cases.create(new NewCase(applicant, CaseKind.MESSAGE, "Вопрос Ж", at("2026-11-02T10:00:00Z")));
        stage(dsl, h, DeadlineStage.ANSWER, "2026-11-02", "2026-11-23", null, false);
        runningUntil(dsl, h, "2026-11-23");
        cases.create(new NewCase(applicant, CaseKind.MESSAGE, "Вопрос Д", at("2026-11-22T21:30:00Z")));

        registrationsAndMail(dsl);
        return new Fixture(database, new JooqReportQueries(dsl, MOSCOW));
    }

    /** Decisions on 12, 13 and 14.11; windows run out on 09.11 01:00 and 16.11; two removals audited in the period. */
    private static void registrationsAndMail(DSLContext dsl) {
        JooqRegistrationRepository registrations = new JooqRegistrationRepository(dsl);
        long confirmed = registrations.create(activated("one@example.ru", "2026-11-10T08:00:00Z"));
        registrations.appendHistory(confirmed, decision("2026-11-12T08:00:00Z", "Подтверждение регистрации"));
        long rejected = registrations.create(activated("two@example.ru", "2026-11-10T09:00:00Z"));
        registrations.appendHistory(rejected, decision("2026-11-13T08:00:00Z", "Отклонение регистрации"));
        long corrected = registrations.create(activated("three@example.ru", "2026-11-11T09:00:00Z"));
        registrations.appendHistory(corrected, decision("2026-11-14T08:00:00Z", "Запрос исправления"));
        registrations.appendHistory(corrected, decision("2026-11-22T21:30:00Z", "Подтверждение регистрации"));
        registrations.create(notActivated("four@example.ru", "2026-11-15T10:00:00Z"));
        registrations.create(notActivated("five@example.ru", "2026-11-22T10:00:00Z")); // runs out on 23.11
        registrations.create(notActivated("six@example.ru", "2026-11-07T22:00:00Z")); // runs out 09.11 01:00 Moscow
        dsl.insertInto(AUDIT_UNSEALED, AUDIT_UNSEALED.AT, AUDIT_UNSEALED.ACTOR, AUDIT_UNSEALED.ACTION)
                .values(column("2026-11-20T10:00:00Z"), Housekeeping.ACTOR, Housekeeping.ACTION)
                .values(column("2026-11-20T11:00:00Z"), PETROVA, "Подтверждение регистрации")
                .execute();
        dsl.insertInto(AUDIT_RECORD, AUDIT_RECORD.SEQ, AUDIT_RECORD.AT, AUDIT_RECORD.ACTOR, AUDIT_RECORD.ACTION,
                        AUDIT_RECORD.PREVIOUS_HASH, AUDIT_RECORD.HASH)
                .values(1L, column("2026-11-02T10:00:00Z"), Housekeeping.ACTOR, Housekeeping.ACTION, "0", "1")
                .values(2L, column("2026-11-18T10:00:00Z"), Housekeeping.ACTOR, Housekeeping.ACTION, "1", "2")
                .execute();

        JooqOutbox outbox = new JooqOutbox(dsl);
        outbox.markSent(letter(outbox, "2026-11-10T08:00:00Z"), at("2026-11-10T08:01:00Z"));
        outbox.markFailed(letter(outbox, "2026-11-11T08:00:00Z"), 5, "550 mailbox unavailable");
        letter(outbox, "2026-11-12T08:00:00Z");
        letter(outbox, "2026-11-22T21:30:00Z"); // Monday 23.11 in Moscow
        outbox.markSent(letter(outbox, "2026-11-15T08:00:00Z"), at("2026-11-15T08:01:00Z"));
        letter(outbox, "2026-11-08T21:30:00Z"); // Monday 09.11 in Moscow
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void inflowCountsReceivedAnsweredAndClosedPerWeekAndKindInMoscowDays(TestDatabase vendor) {
        try (Fixture f = fixture(vendor)) {
            ReportTable table = f.reports().inflow(WEEKS);
            assertThat(table.columns()).extracting(ReportColumn::title)
                    .containsExactly("Период", "Вид обращения", "Поступило", "Отвечено", "Закрыто");
            assertThat(table.rows()).containsExactly(
                    row(FROM, APPLICATION, 1L, 1L, 0L),
                    row(FROM, MESSAGE, 1L, 1L, 1L),
                    row(LocalDate.of(2026, 11, 16), APPLICATION, 1L, 1L, 1L));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void inflowByDayKeepsOnlyDaysWithSomethingToCount(TestDatabase vendor) {
        try (Fixture f = fixture(vendor)) {
            assertThat(f.reports().inflow(new ReportPeriod(FROM, TO, Granularity.DAY)).rows()).containsExactly(
                    row(FROM, APPLICATION, 1L, 0L, 0L),
                    row(FROM, MESSAGE, 1L, 1L, 0L),
                    row(LocalDate.of(2026, 11, 10), APPLICATION, 0L, 1L, 0L),
                    row(LocalDate.of(2026, 11, 10), MESSAGE, 0L, 0L, 1L),
                    row(LocalDate.of(2026, 11, 16), APPLICATION, 1L, 1L, 0L),
                    row(LocalDate.of(2026, 11, 19), APPLICATION, 0L, 0L, 1L));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void inflowByMonthStartsTheFirstMonthOnThePeriodsFirstDay(TestDatabase vendor) {
        try (Fixture f = fixture(vendor)) {
            LocalDate from = LocalDate.of(2026, 10, 20);
            assertThat(f.reports().inflow(new ReportPeriod(from, TO, Granularity.MONTH)).rows()).containsExactly(
                    row(from, MESSAGE, 1L, 1L, 0L),
                    row(LocalDate.of(2026, 11, 1), APPLICATION, 3L, 3L, 1L),
                    row(LocalDate.of(2026, 11, 1), MESSAGE, 2L, 1L, 1L));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void deadlinesPerKindAndAssigneeWithTheUnassignedLast(TestDatabase vendor) {
        try (Fixture f = fixture(vendor)) {
            ReportTable table = f.reports().deadlines(WEEKS, LocalDate.of(2026, 11, 18));
            assertThat(table.columns()).extracting(ReportColumn::title).containsExactly("Вид обращения", "Исполнитель",
                    "В срок", "С нарушением", "Просрочено сейчас", "Срок на этой неделе");
            assertThat(table.rows()).containsExactly(
                    row(APPLICATION, PETROVA, 2L, 1L, 0L, 1L),
                    row(APPLICATION, "без исполнителя", 0L, 0L, 1L, 0L),
                    row(MESSAGE, IVANOV, 1L, 0L, 0L, 1L));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void workloadOfEnabledOperatorsWithActionsPerWorkingDay(TestDatabase vendor) {
        try (Fixture f = fixture(vendor)) {
            ReportTable table = f.reports().workload(WEEKS, 3);
            assertThat(table.columns()).extracting(ReportColumn::title)
                    .containsExactly("Исполнитель", "Обращений в работе", "Действий за период", "Действий в день");
            assertThat(table.rows()).containsExactly(
                    row(IVANOV, 1L, 1L, new BigDecimal("0.33")),
                    row(PETROVA, 1L, 5L, new BigDecimal("1.67")));
            assertThatThrownBy(() -> f.reports().workload(WEEKS, 0)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void timeInStatusTakesTheMedianFromThePreviousChangeOrTheArrival(TestDatabase vendor) {
        try (Fixture f = fixture(vendor)) {
            ReportTable table = f.reports().timeInStatus(WEEKS);
            assertThat(table.columns()).extracting(ReportColumn::title)
                    .containsExactly("Статус", "Переходов из статуса", "Медиана, ч");
            // Initial: C 35.83 h, A 49 h, D 266 h. Under review: A 49 h, F 432 h (from 25.10). Execution: A 146 h.
            assertThat(table.rows()).containsExactly(
                    row(CaseStatuses.INITIAL, 3L, new BigDecimal("49.00")),
                    row(StageStatuses.UNDER_REVIEW, 2L, new BigDecimal("240.50")),
                    row(StageStatuses.CONTRACT_EXECUTION, 1L, new BigDecimal("146.00")));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void signingCountsWhatEachSideStillOwesAndListsRefusals(TestDatabase vendor) {
        try (Fixture f = fixture(vendor)) {
            ReportTable table = f.reports().signing(WEEKS);
            assertThat(table.columns()).extracting(ReportColumn::title)
                    .containsExactly("Состояние", "Документов", "Подробности");
            assertThat(table.rows()).containsExactly(
                    row("Ожидает подписи организации", 1L, null),
                    row("Ожидает подписи заявителя", 1L, null),
                    row("Подписано обеими сторонами за период", 1L, null),
                    row("Отклонённая подпись", 1L, "«" + OFFER + "», обращение № 101: Подпись не соответствует владельцу"));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void registrationOutcomesAndMailDeliveryInThePeriod(TestDatabase vendor) {
        try (Fixture f = fixture(vendor)) {
            ReportTable table = f.reports().registrationsAndMail(WEEKS);
            assertThat(table.columns()).extracting(ReportColumn::title).containsExactly("Раздел", "Итог", "Количество");
            assertThat(table.rows()).containsExactly(
                    row("Регистрации", "Подтверждено", 1L),
                    row("Регистрации", "Отклонено", 1L),
                    row("Регистрации", "Отправлено на исправление", 1L),
                    row("Регистрации", "Срок активации истёк", 4L),
                    row("Почта", "Отправлено", 2L),
                    row("Почта", "Ошибка", 1L),
                    row("Почта", "Ожидает отправки", 2L));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void publicationDatesEachApplicationsMilestones(TestDatabase vendor) {
        try (Fixture f = fixture(vendor)) {
            ReportTable table = f.reports().publication(WEEKS);
            assertThat(table.columns()).extracting(ReportColumn::title).containsExactly("Регистрационный номер",
                    "Поступила", "Документы договора направлены", "Договор заключён", "ТУ выполнены",
                    "Присоединение осуществлено", "Акты оформлены");
            assertThat(table.rows()).containsExactly(
                    row("101", FROM, day("2026-11-13"), day("2026-11-13"), day("2026-11-17"), day("2026-11-19"),
                            day("2026-11-19")),
                    row("102", day("2026-11-16"), null, null, null, null, null));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anEmptyDatabaseGivesNoRowsOrZeros(TestDatabase vendor) {
        try (Database database = vendor.open()) {
            JooqReportQueries reports = new JooqReportQueries(database.dsl(), MOSCOW);
            assertThat(reports.inflow(WEEKS).rows()).isEmpty();
            assertThat(reports.timeInStatus(WEEKS).rows()).isEmpty();
            assertThat(reports.signing(WEEKS).rows()).extracting(cells -> cells.get(1)).containsExactly(0L, 0L, 0L);
            assertThat(reports.registrationsAndMail(WEEKS).rows()).extracting(cells -> cells.get(2))
                    .containsExactly(0L, 0L, 0L, 0L, 0L, 0L, 0L);
        }
    }

    private static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }

    private static Instant at(String utc) {
        return Instant.parse(utc);
    }

    private static OffsetDateTime column(String utc) {
        return Timestamps.toColumn(at(utc));
    }

    private static LocalDate day(String day) {
        return day == null ? null : LocalDate.parse(day);
    }

    private static NewOperator clerk(String login, String fullName) {
        return new NewOperator(login, fullName, EnumSet.of(Role.CLERK), false, false);
    }

    private static void status(JooqCaseRepository cases, long caseId, String at, String operator, String before,
                               String after) {
        cases.appendHistory(caseId, new CaseChange(at(at), operator, "Текущий статус", before, after));
    }

    private static MessageItem message(Side side, String at) {
        return new MessageItem(0, side, at(at), side == Side.APPLICANT ? "Заявитель" : PETROVA, "<p>Текст</p>");
    }

    private static DocumentItem document(StoredContent file, Side side, String at, String name, boolean twoSided) {
        return new DocumentItem(0, side, at(at), PETROVA, name, "file.pdf", file.size(), file.sha256(), null,
                file.contentId(), twoSided);
    }

    private static DocumentSignature signature(long documentId, Side side, String at, String rejectionReason) {
        return new DocumentSignature(0, documentId, side, SignatureKind.SIMPLE, at(at), "Подписант", null, null, null,
                rejectionReason == null, rejectionReason);
    }

    private static void stage(DSLContext dsl, long caseId, DeadlineStage stage, String started, String due,
                              String finished, boolean missed) {
        dsl.insertInto(CASE_DEADLINE)
                .set(CASE_DEADLINE.APPEAL_ID, caseId)
                .set(CASE_DEADLINE.STAGE, stage.name())
                .set(CASE_DEADLINE.STARTED_ON, day(started))
                .set(CASE_DEADLINE.DUE_ON, day(due))
                .set(CASE_DEADLINE.FINISHED_ON, day(finished))
                .set(CASE_DEADLINE.MISSED, missed)
                .execute();
    }

    /** As JooqCaseDeadlines stores a running stage: its due date copied onto the case. */
    private static void runningUntil(DSLContext dsl, long caseId, String due) {
        dsl.update(APPEAL).set(APPEAL.DUE_ON, day(due)).set(APPEAL.DUE_KEY, day(due))
                .set(APPEAL.DEADLINE_PLANNED, true).where(APPEAL.ID.eq(caseId)).execute();
    }

    private static RegistrationForm form(String email) {
        return new RegistrationForm(ApplicantType.INDIVIDUAL, "Туксин", "Артем", "Александрович", email,
                "+7-961-700-56-73", "049-114-804-49", null, null, null, null, null, null, false, null, null, null);
    }

    private static NewRegistration activated(String email, String registered) {
        Instant at = at(registered);
        return new NewRegistration(form(email), Consents.all(at), at, at.plusSeconds(60), at.plusSeconds(600),
                at.plusSeconds(600));
    }

    private static NewRegistration notActivated(String email, String registered) {
        Instant at = at(registered);
        return new NewRegistration(form(email), Consents.all(at), at, at.plusSeconds(60), null, null);
    }

    private static RegistrationChange decision(String at, String what) {
        return new RegistrationChange(at(at), PETROVA, what, "Новая", null);
    }

    private static long letter(JooqOutbox outbox, String at) {
        return outbox.enqueue(NotificationKind.CASE_STATUS_CHANGED, null,
                new MailMessage("ivanov@example.ru", "Тема", "Текст"), at(at));
    }
}
