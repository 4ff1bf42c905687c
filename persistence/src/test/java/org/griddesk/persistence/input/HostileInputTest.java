package org.griddesk.persistence.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.griddesk.core.access.AccessControl;
import org.griddesk.core.access.Operator;
import org.griddesk.core.access.Role;
import org.griddesk.core.audit.AuditTrail;
import org.griddesk.core.cases.CaseDictionaries;
import org.griddesk.core.cases.CaseCard;
import org.griddesk.core.cases.CaseKind;
import org.griddesk.core.cases.CaseNotifier;
import org.griddesk.core.cases.CaseService;
import org.griddesk.core.cases.NewCase;
import org.griddesk.core.cases.NewDocument;
import org.griddesk.core.cases.SanitizedHtml;
import org.griddesk.core.common.DomainException;
import org.griddesk.core.settings.Dictionary;
import org.griddesk.core.settings.DictionaryService;
import org.griddesk.core.settings.OrganisationProfile;
import org.griddesk.core.settings.OrganisationSettingsService;
import org.griddesk.core.audit.AuditService;
import org.griddesk.core.operators.AuthenticationService;
import org.griddesk.core.operators.OperatorAdministration;
import org.griddesk.core.registrations.RegistrationService;
import org.griddesk.persistence.applicants.JooqApplicantRepository;
import org.griddesk.persistence.audit.JooqAuditRepository;
import org.griddesk.persistence.operators.JooqOperatorRepository;
import org.griddesk.persistence.registrations.JooqRegistrationRepository;
import org.griddesk.persistence.cases.JooqCaseRepository;
import org.griddesk.persistence.cases.JooqDocumentStore;
import org.griddesk.persistence.cases.JooqStatusDictionary;
import org.griddesk.persistence.database.Database;
import org.griddesk.persistence.database.JooqTransactions;
import org.griddesk.persistence.settings.JooqDictionaries;
import org.griddesk.persistence.settings.JooqOrganisationSettings;
import org.griddesk.persistence.testing.TestData;
import org.griddesk.persistence.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A table of hostile inputs — empty, blank, 10 000 characters, HTML and script, SQL quotes, control characters,
 * right-to-left overrides, mis-decoded text, truncated and mislabelled files — through each service that stores what
 * a clerk or administrator types: each is refused with a Russian message, and the database is left as it was.
 */
class HostileInputTest {
    private static final Operator CLERK = new Operator(1, "clerk", "Иванова Мария", Set.of(Role.CLERK), false, true, false);
    private static final Operator ADMIN = new Operator(2, "admin", "Кузнецов Дмитрий", Set.of(Role.ADMIN), false, true, false);
    private static final String LONG = "Я".repeat(10_000);
    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String SQL = "1'; DROP TABLE appeal; --";
    private static final String CONTROL = "но\u0000мер\u0007";
    private static final String RIGHT_TO_LEFT = "\u202Eтекст наоборот";
    private static final String MISDECODED = new String("Заявка".getBytes(StandardCharsets.UTF_8), java.nio.charset.Charset.forName("windows-1251"))
            + "\uFFFD\uFFFD";

    private static Database database;
    private static CaseService cases;
    private static DictionaryService dictionaries;
    private static OrganisationSettingsService settings;
    private static long caseId;

    @BeforeAll
    static void open() {
        database = TestDatabase.H2.open();
        Clock clock = Clock.system(ZoneOffset.UTC);
        JooqTransactions transactions = new JooqTransactions(database.dsl());
        cases = new CaseService(new JooqCaseRepository(database.dsl(), ZoneOffset.UTC),
                new JooqDocumentStore(database.dsl(), clock), new JooqStatusDictionary(database.dsl()),
                html -> {
                    String clean = html.replaceAll("<script.*?</script>", "");
                    return new SanitizedHtml(clean, clean.replaceAll("<[^>]*>", ""));
                },
                transactions, clock, CaseNotifier.NONE, AuditTrail.NONE, AccessControl.asGiven(), CaseDictionaries.DEFAULT,
                org.griddesk.persistence.deadlines.TestDeadlines.service(database.dsl(), clock));
        dictionaries = new DictionaryService(new JooqDictionaries(database.dsl()), AuditTrail.NONE, transactions, clock,
                AccessControl.asGiven());
        settings = new OrganisationSettingsService(new JooqOrganisationSettings(database.dsl()),
                html -> new SanitizedHtml(html, html), AuditTrail.NONE, transactions, AccessControl.asGiven());
        long applicant = new JooqApplicantRepository(database.dsl()).create(TestData.individual("Зайцева", new Random(3)));
        caseId = new JooqCaseRepository(database.dsl(), ZoneOffset.UTC)
                .create(new NewCase(applicant, CaseKind.APPLICATION, "Заявка на ТП", TestData.T0));
    }

    @AfterAll
    static void close() {
        database.close();
    }

    /** Each input refused with a Russian sentence, and what {@code state} reads is unchanged afterwards. */
    private static <T> void refusedAndUnchanged(String field, List<String> inputs, Consumer<String> attempt, Supplier<T> state) {
        for (String input : inputs) {
            T before = state.get();
            assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> attempt.accept(input)))
                    .as(field + ": " + shown(input)).isInstanceOf(DomainException.class)
                    .satisfies(refusal -> assertThat(refusal.getMessage()).containsPattern("[А-Яа-я]"));
            assertThat(state.get()).as(field + " unchanged after " + shown(input)).isEqualTo(before);
        }
    }

    private static String shown(String input) {
        return input.length() > 40 ? input.substring(0, 40) + "… (" + input.length() + ")" : input;
    }

    private static CaseCard card() {
        return cases.refresh(CLERK, caseId);
    }

    @Test
    void registrationNumbers() {
        refusedAndUnchanged("регистрационный номер", List.of(LONG, SCRIPT, SQL, CONTROL, RIGHT_TO_LEFT, MISDECODED),
                number -> cases.saveStatusAndNumber(CLERK, caseId, card().version(), card().status(), number),
                HostileInputTest::card);
    }

    @Test
    void statusesAndStatusNotes() {
        refusedAndUnchanged("текущий статус", List.of("", "   ", LONG, CONTROL, RIGHT_TO_LEFT),
                status -> cases.saveStatusAndNumber(CLERK, caseId, card().version(), status, null), HostileInputTest::card);
        refusedAndUnchanged("статус в ленте", List.of("", "   ", LONG, CONTROL, RIGHT_TO_LEFT),
                note -> cases.addStatusNote(CLERK, caseId, note), HostileInputTest::card);
    }

    @Test
    void messages() {
        refusedAndUnchanged("сообщение", List.of("", "   ", SCRIPT, "<p> </p>"),
                html -> cases.addMessage(CLERK, caseId, html), HostileInputTest::card);
    }

    @Test
    void documents() {
        record File(String name, byte[] content) {
        }
        List<File> files = List.of(new File("пусто.pdf", new byte[0]),
                new File("программа.pdf", new byte[]{'M', 'Z', (byte) 0x90, 0, 3, 0}),
                new File("обрезанный.pdf", "%PD".getBytes(StandardCharsets.US_ASCII)),
                new File("вирус.exe", new byte[]{'M', 'Z', 1, 2}),
                new File("без расширения", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII)),
                new File("текст.txt", new byte[]{'a', 0, 'b'}),
                new File("скан.png", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII)));
        for (File file : files) {
            CaseCard before = card();
            assertThatThrownBy(() -> cases.addDocument(CLERK, caseId, new NewDocument("Технические условия", file.name(),
                    file.content().length, null, false), new ByteArrayInputStream(file.content()))).as(file.name())
                    .isInstanceOf(DomainException.class)
                    .satisfies(refusal -> assertThat(refusal.getMessage()).containsPattern("[А-Яа-я]"));
            assertThat(card()).as(file.name()).isEqualTo(before);
        }
        assertThatThrownBy(() -> cases.addDocument(CLERK, caseId, new NewDocument("ТУ", "огромный.pdf",
                CaseService.MAX_DOCUMENT_BYTES + 1, null, false), new ByteArrayInputStream(new byte[0])))
                .hasMessage("Максимальный размер файла 50 МБ");
        int items = card().timeline().size();
        assertThat(cases.addDocument(CLERK, caseId, new NewDocument("Технические условия", "ТУ.pdf", 9, null, false),
                new ByteArrayInputStream("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII))).timeline())
                .as("a real PDF still goes in").hasSize(items + 1);
    }

    @Test
    void dictionaryEntries() {
        dictionaries.add(ADMIN, Dictionary.CASE_STATUSES, "Договор заключён");
        refusedAndUnchanged("справочник статусов", List.of("", "   ", LONG, CONTROL, " договор  ЗАКЛЮЧЁН ", "Договорзаключён"),
                name -> dictionaries.add(ADMIN, Dictionary.CASE_STATUSES, name),
                () -> dictionaries.entries(ADMIN, Dictionary.CASE_STATUSES));
        refusedAndUnchanged("форматы файлов", List.of("exe file", "p.d.f", SCRIPT, "PDF"),
                name -> dictionaries.add(ADMIN, Dictionary.DOCUMENT_FORMATS, name),
                () -> dictionaries.entries(ADMIN, Dictionary.DOCUMENT_FORMATS));
        refusedAndUnchanged("знаки номеров", List.of("<", "\"", "a", "7", "ab", "-", CONTROL),
                name -> dictionaries.add(ADMIN, Dictionary.NUMBER_SYMBOLS, name),
                () -> dictionaries.entries(ADMIN, Dictionary.NUMBER_SYMBOLS));
    }

    @Test
    void organisationSettings() {
        OrganisationProfile p = settings.profile();
        refusedAndUnchanged("сайт", List.of("javascript:alert(1)", "data:text/html,<b>x</b>", "file:///etc/passwd", SCRIPT),
                site -> settings.saveProfile(ADMIN, new OrganisationProfile(p.name(), p.address(), p.phone(), p.email(),
                        site, p.notificationMailbox(), p.applicationFormsUrl(), p.version())), settings::profile);
        refusedAndUnchanged("наименование", List.of("", "   ", LONG, CONTROL),
                name -> settings.saveProfile(ADMIN, new OrganisationProfile(name, p.address(), p.phone(), p.email(),
                        p.site(), p.notificationMailbox(), p.applicationFormsUrl(), p.version())), settings::profile);
        refusedAndUnchanged("e-mail", List.of(SCRIPT, SQL, "ivanov@mail..ru", LONG + "@mail.ru"),
                email -> settings.saveProfile(ADMIN, new OrganisationProfile(p.name(), p.address(), p.phone(), email,
                        p.site(), p.notificationMailbox(), p.applicationFormsUrl(), p.version())), settings::profile);
    }

    @Test
    void operatorsAndReasons() {
        JooqOperatorRepository operators = new JooqOperatorRepository(database.dsl(), Clock.systemUTC());
        JooqTransactions transactions = new JooqTransactions(database.dsl());
        AuditService audit = new AuditService(new JooqAuditRepository(database.dsl(), ZoneOffset.UTC), transactions,
                AccessControl.asGiven());
        OperatorAdministration administration = new OperatorAdministration(operators, new AuthenticationService(
                operators, new org.griddesk.core.testing.MarkedPasswords(), Clock.systemUTC(), audit), transactions, audit, AccessControl.asGiven());
        refusedAndUnchanged("имя пользователя", List.of("", "   ", LONG, SCRIPT, SQL, CONTROL, RIGHT_TO_LEFT, "ab"),
                login -> administration.create(ADMIN, login, "Новый Сотрудник", Set.of(Role.CLERK), false),
                operators::count);
        refusedAndUnchanged("ФИО", List.of("", "   ", LONG, CONTROL, RIGHT_TO_LEFT),
                name -> administration.create(ADMIN, "new.clerk", name, Set.of(Role.CLERK), false), operators::count);
        RegistrationService registrations = new RegistrationService(new JooqRegistrationRepository(database.dsl()),
                new JooqApplicantRepository(database.dsl()), org.griddesk.core.registrations.RegistrationNotifier.NONE,
                transactions, Clock.systemUTC(),
                AccessControl.asGiven());
        refusedAndUnchanged("причина отклонения", List.of("", "   ", LONG, CONTROL, RIGHT_TO_LEFT),
                reason -> {
                    try {
                        registrations.reject(CLERK, 1, 0, reason);
                    } catch (org.griddesk.core.common.NotFoundException lookedUpFirst) {
                        throw new AssertionError("the reason must be checked before anything is looked up");
                    }
                }, () -> database.dsl().fetchCount(
                        org.griddesk.persistence.schema.Tables.REGISTRATION));
    }
}
