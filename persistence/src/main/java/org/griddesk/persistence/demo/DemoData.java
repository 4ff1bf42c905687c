package org.griddesk.persistence.demo;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Clock;
import org.griddesk.core.reports.PdfReports;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.griddesk.core.applicants.Applicant;
import org.griddesk.core.applicants.ApplicantRepository;
import org.griddesk.core.applicants.ApplicantType;
import org.griddesk.core.applicants.Email;
import org.griddesk.core.applicants.PersonFullName;
import org.griddesk.core.applicants.ValidIdentifiers;
import org.griddesk.core.cases.CaseChange;
import org.griddesk.core.cases.CaseKind;
import org.griddesk.core.cases.CaseRepository;
import org.griddesk.core.cases.CaseStatuses;
import org.griddesk.core.cases.DocumentItem;
import org.griddesk.core.cases.DocumentStore;
import org.griddesk.core.cases.MessageItem;
import org.griddesk.core.cases.NewCase;
import org.griddesk.core.cases.Side;
import org.griddesk.core.cases.StatusNoteItem;
import org.griddesk.core.cases.StoredContent;
import org.griddesk.core.common.Transactions;
import org.griddesk.core.operators.NewOperator;
import org.griddesk.core.operators.OperatorRepository;
import org.griddesk.core.operators.PasswordHasher;
import org.griddesk.core.access.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.griddesk.persistence.demo.RussianNames.pick;

/**
 * Fills an empty database with a believable organisation's half year: operators for every role, applicants of
 * all four types with valid identifiers, and cases in every status with files, messages and notes. The same
 * seed gives the same data; times are counted back from now so that the queue looks current.
 */
public final class DemoData {
    public static final List<DemoAccountSpec> ACCOUNTS = List.of(
            new DemoAccountSpec("clerk", "Clerk-2026!", "Иванова Мария Сергеевна", Set.of(Role.CLERK), false),
            new DemoAccountSpec("signer", "Signer-2026!", "Петров Алексей Николаевич", Set.of(Role.CLERK), true),
            new DemoAccountSpec("supervisor", "Super-2026!", "Смирнова Ольга Викторовна", Set.of(Role.SUPERVISOR), false),
            new DemoAccountSpec("admin", "Admin-2026!", "Кузнецов Дмитрий Андреевич", EnumSet.of(Role.ADMIN), false));
    public static final int APPLICANTS = 220;
    public static final int CASES = 600;
    /** Stands in for a free-text status a clerk typed, so the queue shows one outside the dictionary too. */
    static final String TYPED_STATUS = "Ожидание оплаты счёта";

    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);
    private static final List<String> APPLICATION_TITLES = List.of(
            "Заявка на технологическое присоединение энергопринимающих устройств мощностью до 15 кВт",
            "Заявка на технологическое присоединение энергопринимающих устройств мощностью до 150 кВт",
            "Заявка на технологическое присоединение энергопринимающих устройств мощностью свыше 150 кВт",
            "Заявка на временное технологическое присоединение",
            "Заявка на увеличение максимальной мощности",
            "Заявка на технологическое присоединение жилого дома",
            "Заявка на технологическое присоединение садового дома");
    private static final List<String> MESSAGE_TITLES = List.of(
            "Вопрос о сроках рассмотрения заявки", "Перерасчёт платы за технологическое присоединение",
            "Изменение реквизитов заявителя", "Жалоба на отключение электроэнергии",
            "Запрос копии договора", "Уточнение точки присоединения", "Продление срока действия технических условий");
    private static final List<String> ORGANISATION_WORDS = List.of("Энергия", "Вектор", "Северный ветер", "Гранит",
            "Стройресурс", "Агрокомплекс", "Меридиан", "Светлый дом", "Техносфера", "Ладога", "Уралсервис", "Альтаир",
            "Дельта-Строй", "Волжские мастерские", "Кедр", "Полярис");
    private static final List<String> ORGANISATION_FORMS = List.of("ООО", "АО", "ПАО", "ООО");
    private static final List<String> MAIL_DOMAINS = List.of("mail.ru", "yandex.ru", "gmail.com", "bk.ru", "rambler.ru");
    private static final List<String> NOTES = List.of("Ведётся проектирование", "Технические условия подготовлены",
            "Выполняются мероприятия сетевой организации", "Назначен осмотр энергопринимающих устройств",
            "Документы переданы в отдел договоров");
    private static final List<String> ORGANISATION_MESSAGES = List.of(
            "<p>Добрый день! Ваша заявка принята к рассмотрению. Срок рассмотрения — <b>10 рабочих дней</b>.</p>",
            "<p>Просим направить <b>план расположения энергопринимающих устройств</b> в масштабе 1:500.</p>",
            "<p>Проект договора направлен вам на подписание. Подпишите его в личном кабинете.</p>",
            "<p>Сообщаем, что мероприятия по технологическому присоединению <i>завершены</i>.</p><ul><li>Акт об осуществлении ТП</li><li>Акт допуска прибора учёта</li></ul>");

    private final ApplicantRepository applicants;
    private final CaseRepository cases;
    private final DocumentStore documents;
    private final OperatorRepository operators;
    private final PasswordHasher hasher;
    private final Transactions transactions;
    private final Clock clock;
    private final PdfReports pdfReports;
    private final Map<String, byte[]> pdfs = new LinkedHashMap<>();

    public DemoData(ApplicantRepository applicants, CaseRepository cases, DocumentStore documents,
                    OperatorRepository operators, PasswordHasher hasher, Transactions transactions, Clock clock,
                    PdfReports pdf) {
        this.applicants = applicants;
        this.cases = cases;
        this.documents = documents;
        this.operators = operators;
        this.hasher = hasher;
        this.transactions = transactions;
        this.clock = clock;
        this.pdfReports = pdf;
    }

    /** All or nothing: a start-up interrupted half way leaves an empty database, filled again next time. */
    public void fill() {
        long started = System.nanoTime();
        Random random = new Random(2026);
        transactions.run(() -> {
            List<Long> operatorIds = new ArrayList<>();
            for (DemoAccountSpec account : ACCOUNTS) {
                operatorIds.add(operators.create(new NewOperator(account.login(), account.fullName(), account.roles(),
                        account.canSignForOrganisation(), false), hasher.hash(account.password().toCharArray())));
            }
            List<Applicant> created = new ArrayList<>();
            for (int i = 0; i < APPLICANTS; i++) {
                Applicant applicant = applicant(random, i);
                created.add(withId(applicant, applicants.create(applicant)));
            }
            List<String> statuses = new ArrayList<>(CaseStatuses.SEEDED);
            statuses.add(TYPED_STATUS);
            for (int i = 0; i < CASES; i++) {
                caseWithHistory(random, pick(created, random), statuses.get(i % statuses.size()), i, operatorIds);
            }
        });
        LOG.info("Demo data: {} applicants, {} cases in {} ms", APPLICANTS, CASES, (System.nanoTime() - started) / 1_000_000);
    }

    private Applicant applicant(Random random, int index) {
        ApplicantType type = ApplicantType.values()[index % ApplicantType.values().length];
        PersonFullName person = RussianNames.person(random);
        Instant registered = clock.instant().minus(Duration.ofMinutes(200L * 24 * 60 + random.nextInt(60 * 24 * 60)));
        String mailbox = RussianNames.transliterate(person.lastName()) + "." + RussianNames.transliterate(person.firstName())
                .charAt(0) + index;
        Email email = new Email(mailbox + "@" + pick(MAIL_DOMAINS, random));
        return switch (type) {
            case INDIVIDUAL, PROXY -> new Applicant(0, type, person, email, ValidIdentifiers.phone(random),
                    ValidIdentifiers.snils(random), null, null, null, null, null, null, registered);
            case SOLE_PROPRIETOR -> new Applicant(0, type, person, email, ValidIdentifiers.phone(random), null,
                    ValidIdentifiers.inn12(random), null, ValidIdentifiers.ogrnip(random), null, null, null, registered);
            case LEGAL_ENTITY -> {
                String form = pick(ORGANISATION_FORMS, random);
                String name = pick(ORGANISATION_WORDS, random);
                String fullForm = switch (form) {
                    case "АО" -> "Акционерное общество";
                    case "ПАО" -> "Публичное акционерное общество";
                    default -> "Общество с ограниченной ответственностью";
                };
                yield new Applicant(0, type, person, email, ValidIdentifiers.phone(random), null,
                        ValidIdentifiers.inn10(random), ValidIdentifiers.ogrn(random), null, ValidIdentifiers.kpp(random),
                        fullForm + " «" + name + "»", form + " «" + name + "»", registered);
            }
        };
    }

    private static Applicant withId(Applicant a, long id) {
        return new Applicant(id, a.type(), a.person(), a.email(), a.phone(), a.snils(), a.inn(), a.ogrn(), a.ogrnip(),
                a.kpp(), a.organisationFullName(), a.organisationShortName(), a.registeredAt());
    }

    /** The capacity and voltage the title names, drawn apart from the rest so the other demo data stay as they were. */
    private static NewCase application(Applicant applicant, String title, Instant sent, int index) {
        Random own = new Random(index);
        BigDecimal kilowatts;
        if (title.contains("до 15 ")) {
            kilowatts = BigDecimal.valueOf(5 + own.nextInt(11));
        } else if (title.contains("до 150 ")) {
            kilowatts = BigDecimal.valueOf(16 + own.nextInt(135));
        } else {
            kilowatts = BigDecimal.valueOf(160 + own.nextInt(900));
        }
        BigDecimal kilovolts = kilowatts.intValue() <= 150 ? new BigDecimal("0.4") : BigDecimal.TEN;
        return new NewCase(applicant.id(), CaseKind.APPLICATION, title, sent, kilowatts, kilovolts, own.nextInt(20) == 0);
    }

    /** A case as the portal sent it, then walked by the organisation's staff up to {@code status}. */
    private void caseWithHistory(Random random, Applicant applicant, String status, int index, List<Long> operatorIds) {
        boolean application = random.nextInt(10) < 7;
        // At least four days back: the staff's reply comes up to three days later and must not lie in the future.
        Instant sent = clock.instant().minus(Duration.ofMinutes(4 * 24 * 60 + random.nextInt(180 * 24 * 60)));
        String title = application ? pick(APPLICATION_TITLES, random) : pick(MESSAGE_TITLES, random);
        long caseId = cases.create(application ? application(applicant, title, sent, index)
                : new NewCase(applicant.id(), CaseKind.MESSAGE, title, sent));
        String applicantName = applicant.person().display();
        if (application) {
            attach(caseId, Side.APPLICANT, sent, applicantName, "Заявка на технологическое присоединение", "Заявка.pdf",
                    null, false);
            attach(caseId, Side.APPLICANT, sent, applicantName, "План расположения энергопринимающих устройств",
                    "План расположения.pdf", "Масштаб 1:500", false);
        } else {
            cases.addItem(caseId, new MessageItem(0, Side.APPLICANT, sent, applicantName,
                    "<p>" + title + ". Прошу рассмотреть обращение и дать ответ.</p>"));
        }
        if (status.equals(CaseStatuses.INITIAL)) {
            return;
        }
        DemoAccountSpec account = pick(ACCOUNTS.subList(0, 2), random);
        String clerk = account.fullName();
        long clerkId = operatorIds.get(ACCOUNTS.indexOf(account));
        Instant at = sent.plus(Duration.ofHours(2 + random.nextInt(70)));
        String number = Integer.toString(1000 + index);
        cases.updateStatusAndNumber(caseId, 0, CaseStatuses.INITIAL, status, number, at);
        cases.appendHistory(caseId, new CaseChange(at, clerk, "Текущий статус", CaseStatuses.INITIAL, status));
        cases.appendHistory(caseId, new CaseChange(at, clerk, "Регистрационный номер", null, number));
        cases.assign(caseId, null, clerkId);
        cases.appendHistory(caseId, new CaseChange(at, clerk, "Исполнитель (взято в работу)", null, clerk));
        cases.addItem(caseId, new MessageItem(0, Side.ORGANISATION, at.plusSeconds(60), clerk,
                pick(ORGANISATION_MESSAGES, random)));
        cases.addItem(caseId, new StatusNoteItem(0, Side.ORGANISATION, at.plusSeconds(120), clerk, pick(NOTES, random)));
        if (status.equals("Подготовка оферты договора") || status.equals("Исполнение договора ТП")) {
            attach(caseId, Side.ORGANISATION, at.plusSeconds(180), clerk,
                    "Оферта договора о технологическом присоединении", "Оферта договора.pdf",
                    "Подпишите договор в личном кабинете", true);
            attach(caseId, Side.ORGANISATION, at.plusSeconds(240), clerk, "Технические условия",
                    "Технические условия.pdf", null, false);
        }
    }

    private void attach(long caseId, Side side, Instant at, String author, String documentName, String fileName,
                        String comment, boolean twoSided) {
        byte[] pdf = pdfs.computeIfAbsent(documentName, name -> pdfReports.document(name, List.of(
                "Документ сформирован для демонстрации GridDesk.",
                "Электросетевая организация: ПАО «Россети Демо»",
                "Все совпадения с реальными лицами случайны.")));
        StoredContent stored = documents.store(new ByteArrayInputStream(pdf), pdf.length);
        cases.addItem(caseId, new DocumentItem(0, side, at, author, documentName, fileName, stored.size(),
                stored.sha256(), comment, stored.contentId(), twoSided));
    }
}
