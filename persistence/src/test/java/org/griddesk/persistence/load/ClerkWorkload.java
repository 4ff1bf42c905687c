package org.griddesk.persistence.load;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.griddesk.core.access.AccessControl;
import org.griddesk.core.access.Operator;
import org.griddesk.core.access.Role;
import org.griddesk.core.audit.AuditService;
import org.griddesk.core.cases.CaseCard;
import org.griddesk.core.cases.CaseDictionaries;
import org.griddesk.core.cases.CaseKind;
import org.griddesk.core.cases.CaseNotifier;
import org.griddesk.core.cases.CaseService;
import org.griddesk.core.cases.CaseStatuses;
import org.griddesk.core.cases.NewCase;
import org.griddesk.core.cases.SanitizedHtml;
import org.griddesk.core.common.ConcurrentChangeException;
import org.griddesk.core.common.ValidationException;
import org.griddesk.persistence.applicants.JooqApplicantRepository;
import org.griddesk.persistence.audit.JooqAuditRepository;
import org.griddesk.persistence.cases.JooqCaseRepository;
import org.griddesk.persistence.cases.JooqDocumentStore;
import org.griddesk.persistence.cases.JooqStatusDictionary;
import org.griddesk.persistence.database.JooqTransactions;
import org.griddesk.persistence.deadlines.TestDeadlines;
import org.griddesk.persistence.testing.TestData;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import static org.assertj.core.api.Assertions.assertThat;
import static org.griddesk.persistence.schema.Tables.APPEAL;
import static org.griddesk.persistence.schema.Tables.AUDIT_RECORD;
import static org.griddesk.persistence.schema.Tables.CASE_HISTORY;

/**
 * Simulated clerks changing statuses and numbers and adding notes on overlapping cases of their own, through
 * GridDesk's services, and the invariants that must hold afterwards: no lost update, unique registration numbers,
 * every change of theirs in the audit trail, the chain intact. Used alone (ClerkLoadTest) and beside the portal
 * simulator (the client's PortalSimWithClerksTest); so it checks only its own clerks' work.
 */
public final class ClerkWorkload {
    private static final int CASES = 400;
    private static final String CLERK_NAME = "Нагрузочный специалист ";

    private record Save(long caseId, long version, String status, String number) {
    }

    private final DSLContext dsl;
    private final AuditService audit;
    private final CaseService cases;
    private final List<Save> saves = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();
    private List<Long> ids = List.of();

    public ClerkWorkload(DSLContext dsl) {
        Clock clock = Clock.systemUTC();
        this.dsl = dsl;
        this.audit = new AuditService(new JooqAuditRepository(dsl, ZoneOffset.UTC), new JooqTransactions(dsl),
                AccessControl.asGiven());
        this.cases = new CaseService(new JooqCaseRepository(dsl, ZoneOffset.UTC), new JooqDocumentStore(dsl, clock),
                new JooqStatusDictionary(dsl), html -> new SanitizedHtml(html, html), new JooqTransactions(dsl), clock,
                CaseNotifier.NONE, audit, AccessControl.asGiven(), CaseDictionaries.DEFAULT,
                TestDeadlines.service(dsl, clock));
    }

    /** The cases the clerks work on: one applicant's, new. */
    public void seed() {
        long applicant = new JooqApplicantRepository(dsl).create(TestData.individual("Нагрузкина", new Random(1)));
        JooqCaseRepository repository = new JooqCaseRepository(dsl, ZoneOffset.UTC);
        List<Long> created = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            created.add(repository.create(new NewCase(applicant, CaseKind.APPLICATION, "Заявка " + i, TestData.T0)));
        }
        ids = List.copyOf(created);
    }

    /** {@code clerks} workstations, each a thread, until {@code duration} has passed; returns operations per second. */
    public double run(int clerks, Duration duration) throws Exception {
        long deadline = System.nanoTime() + duration.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clerks);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < clerks; c++) {
                Operator clerk = new Operator(c + 1, "load-clerk" + c, CLERK_NAME + c, Set.of(Role.CLERK), false, true, false);
                Random random = new Random(c);
                running.add(pool.submit(() -> {
                    while (System.nanoTime() < deadline) {
                        work(clerk, ids.get(random.nextInt(ids.size())), random);
                    }
                }));
            }
            for (Future<?> clerk : running) {
                clerk.get();
            }
        } finally {
            pool.shutdown();
        }
        return operations() / (double) duration.toSeconds();
    }

    public long operations() {
        return counts.values().stream().mapToLong(AtomicLong::get).sum();
    }

    public Map<String, AtomicLong> counts() {
        return Map.copyOf(counts);
    }

    public AuditService audit() {
        return audit;
    }

    /** One clerk's step: a note, or a status with a number (the suggested one, which other clerks may take first). */
    private void work(Operator clerk, long caseId, Random random) {
        try {
            CaseCard seen = cases.open(clerk, caseId);
            if (random.nextInt(3) == 0) {
                cases.addStatusNote(clerk, caseId, "Отметка " + random.nextInt(1000));
                count("notes");
                return;
            }
            String status = CaseStatuses.SEEDED.get(random.nextInt(CaseStatuses.SEEDED.size()));
            String number = seen.registrationNumber() != null && random.nextBoolean() ? seen.registrationNumber()
                    : cases.suggestRegistrationNumber();
            CaseCard saved = cases.saveStatusAndNumber(clerk, caseId, seen.version(), status, number);
            saves.add(new Save(caseId, saved.version(), saved.status(), saved.registrationNumber()));
            count("saved");
        } catch (ConcurrentChangeException refused) {
            count("refused: changed by another clerk");
        } catch (ValidationException duplicate) {
            count("refused: number taken");
        }
    }

    private void count(String what) {
        counts.computeIfAbsent(what, k -> new AtomicLong()).incrementAndGet();
    }

    /** Everything the clerks did is there, once, and the audit trail's chain holds (sealing it first). */
    public void assertNothingLost() {
        audit.seal();
        assertNoLostUpdate();
        assertThat(dsl.select(APPEAL.REGISTRATION_NUMBER).from(APPEAL).where(APPEAL.REGISTRATION_NUMBER.isNotNull())
                .groupBy(APPEAL.REGISTRATION_NUMBER).having(DSL.count().gt(1)).fetch())
                .as("every registration number unique").isEmpty();
        // Deadline lines follow from the audited status change they explain; they have no audit record of their own.
        int changes = dsl.fetchCount(CASE_HISTORY, CASE_HISTORY.WHAT.notLike("Срок%")
                .and(CASE_HISTORY.OPERATOR_NAME.startsWith(CLERK_NAME)));
        int audited = dsl.fetchCount(AUDIT_RECORD, AUDIT_RECORD.ACTION.in("Текущий статус", "Регистрационный номер",
                "Добавлен статус").and(AUDIT_RECORD.ACTOR.startsWith(CLERK_NAME)));
        assertThat(audited).as("every change in the audit trail").isEqualTo(changes);
        assertThat(audit.verify().intact()).as(audit.verify().describe()).isTrue();
        assertThat(counts.get("saved").get()).isPositive();
    }

    /** Each successful save moved its case one version on; the newest one is what the case shows. */
    private void assertNoLostUpdate() {
        Operator reader = new Operator(999, "reader", "Проверка", Set.of(Role.SUPERVISOR), false, true, false);
        for (long id : ids) {
            List<Save> ofCase = saves.stream().filter(save -> save.caseId() == id)
                    .sorted(Comparator.comparingLong(Save::version)).toList();
            CaseCard card = cases.open(reader, id);
            assertThat(card.version()).as("case %d: versions of successful saves", id).isEqualTo(ofCase.size());
            assertThat(ofCase.stream().map(Save::version).distinct().count()).isEqualTo(ofCase.size());
            if (!ofCase.isEmpty()) {
                Save last = ofCase.getLast();
                assertThat(card.status()).isEqualTo(last.status());
                assertThat(card.registrationNumber()).isEqualTo(last.number());
            }
        }
    }
}
