package org.griddesk.persistence.load;

import org.griddesk.core.cases.CaseDictionaries;
import org.griddesk.core.access.AccessControl;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
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
import org.griddesk.core.audit.AuditService;
import org.griddesk.core.cases.CaseCard;
import org.griddesk.core.cases.CaseKind;
import org.griddesk.core.cases.CaseNotifier;
import org.griddesk.core.cases.CaseService;
import org.griddesk.core.cases.CaseStatuses;
import org.griddesk.core.cases.NewCase;
import org.griddesk.core.cases.SanitizedHtml;
import org.griddesk.core.common.ConcurrentChangeException;
import org.griddesk.core.common.ValidationException;
import org.griddesk.core.access.Operator;
import org.griddesk.core.access.Role;
import org.griddesk.persistence.applicants.JooqApplicantRepository;
import org.griddesk.persistence.audit.JooqAuditRepository;
import org.griddesk.persistence.cases.JooqCaseRepository;
import org.griddesk.persistence.cases.JooqDocumentStore;
import org.griddesk.persistence.cases.JooqStatusDictionary;
import org.griddesk.persistence.database.Database;
import org.griddesk.persistence.database.JooqTransactions;
import org.griddesk.persistence.testing.TestData;
import org.griddesk.persistence.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.griddesk.persistence.schema.Tables.APPEAL;
import static org.griddesk.persistence.schema.Tables.AUDIT_RECORD;
import static org.griddesk.persistence.schema.Tables.CASE_HISTORY;

/**
 * Simulated clerks on the embedded PostgreSQL changing statuses and numbers and adding notes on overlapping
 * cases. Not a timed test: it checks that nothing is lost and prints the throughput. By default it runs a few
 * seconds; the full load is {@code -Dgriddesk.load.seconds=60 -Dgriddesk.load.clerks=20} (see README), which
 * also runs pgbench's simple-update on the same server when pgbench is installed.
 */
class ClerkLoadTest {
    private static final int CASES = 400;

    private record Save(long caseId, long version, String status, String number) {
    }

    @Test
    void clerksOnOverlappingCasesLoseNothing() throws Exception {
        int seconds = Integer.getInteger("griddesk.load.seconds", 4);
        int clerks = Integer.getInteger("griddesk.load.clerks", 8);
        // Each clerk is a workstation of their own: a connection each, as pgbench's clients have.
        try (Database database = TestDatabase.POSTGRES.open(clerks)) {
            Clock clock = Clock.systemUTC();
            AuditService audit = new AuditService(new JooqAuditRepository(database.dsl(), ZoneOffset.UTC),
                    new JooqTransactions(database.dsl()), AccessControl.asGiven());
            CaseService cases = new CaseService(new JooqCaseRepository(database.dsl(), ZoneOffset.UTC),
                    new JooqDocumentStore(database.dsl(), clock), new JooqStatusDictionary(database.dsl()),
                    html -> new SanitizedHtml(html, html), new JooqTransactions(database.dsl()), clock, CaseNotifier.NONE, audit, AccessControl.asGiven(), CaseDictionaries.DEFAULT,
                org.griddesk.persistence.deadlines.TestDeadlines.service(database.dsl(), clock));
            List<Long> ids = seed(database);

            List<Save> saves = new CopyOnWriteArrayList<>();
            Map<String, AtomicLong> counts = new ConcurrentHashMap<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
            ExecutorService pool = Executors.newFixedThreadPool(clerks);
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < clerks; c++) {
                Operator clerk = new Operator(c + 1, "clerk" + c, "Специалист " + c, Set.of(Role.CLERK), false, true, false);
                Random random = new Random(c);
                running.add(pool.submit(() -> {
                    while (System.nanoTime() < deadline) {
                        work(cases, clerk, ids.get(random.nextInt(ids.size())), random, saves, counts);
                    }
                }));
            }
            for (Future<?> clerk : running) {
                clerk.get();
            }
            pool.shutdown();

            long operations = counts.values().stream().mapToLong(AtomicLong::get).sum();
            System.out.printf("GridDesk load: %d clerks, %d s, %d operations (%.1f/s): %s%n", clerks, seconds, operations,
                    operations / (double) seconds, counts);
            Pgbench.simpleUpdate(TestDatabase.server(), clerks, seconds).ifPresent(tps ->
                    System.out.printf("pgbench simple-update, %d clients, %d s: %.1f tps%n", clerks, seconds, tps));

            long sealStart = System.nanoTime();
            long sealed = audit.seal();
            System.out.printf("Audit: %d records sealed after the run in %.0f ms%n", sealed, (System.nanoTime() - sealStart) / 1e6);
            assertNoLostUpdate(cases, ids, saves);
            assertThat(database.dsl().select(APPEAL.REGISTRATION_NUMBER).from(APPEAL).where(APPEAL.REGISTRATION_NUMBER.isNotNull())
                    .groupBy(APPEAL.REGISTRATION_NUMBER).having(org.jooq.impl.DSL.count().gt(1)).fetch())
                    .as("every registration number unique").isEmpty();
            // Deadline lines follow from the audited status change they explain; they have no audit record of their own.
            int changes = database.dsl().fetchCount(CASE_HISTORY, CASE_HISTORY.WHAT.notLike("Срок%"));
            int audited = database.dsl().fetchCount(AUDIT_RECORD, AUDIT_RECORD.ACTION.in("Текущий статус",
                    "Регистрационный номер", "Добавлен статус"));
            assertThat(audited).as("every change in the audit trail").isEqualTo(changes);
            assertThat(audit.verify().intact()).as(audit.verify().describe()).isTrue();
            assertThat(counts.get("saved").get()).isPositive();
        }
    }

    private static List<Long> seed(Database database) {
        long applicant = new JooqApplicantRepository(database.dsl()).create(TestData.individual("Нагрузкина", new Random(1)));
        JooqCaseRepository repository = new JooqCaseRepository(database.dsl(), ZoneOffset.UTC);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            ids.add(repository.create(new NewCase(applicant, CaseKind.APPLICATION, "Заявка " + i, TestData.T0)));
        }
        return ids;
    }

    /** One clerk's step: a note, or a status with a number (the suggested one, which other clerks may take first). */
    private static void work(CaseService cases, Operator clerk, long caseId, Random random, List<Save> saves,
                             Map<String, AtomicLong> counts) {
        try {
            CaseCard seen = cases.open(clerk, caseId);
            if (random.nextInt(3) == 0) {
                cases.addStatusNote(clerk, caseId, "Отметка " + random.nextInt(1000));
                counts.computeIfAbsent("notes", k -> new AtomicLong()).incrementAndGet();
                return;
            }
            String status = CaseStatuses.SEEDED.get(random.nextInt(CaseStatuses.SEEDED.size()));
            String number = seen.registrationNumber() != null && random.nextBoolean() ? seen.registrationNumber()
                    : cases.suggestRegistrationNumber();
            CaseCard saved = cases.saveStatusAndNumber(clerk, caseId, seen.version(), status, number);
            saves.add(new Save(caseId, saved.version(), saved.status(), saved.registrationNumber()));
            counts.computeIfAbsent("saved", k -> new AtomicLong()).incrementAndGet();
        } catch (ConcurrentChangeException refused) {
            counts.computeIfAbsent("refused: changed by another clerk", k -> new AtomicLong()).incrementAndGet();
        } catch (ValidationException duplicate) {
            counts.computeIfAbsent("refused: number taken", k -> new AtomicLong()).incrementAndGet();
        }
    }

    /** Each successful save moved its case one version on; the newest one is what the case shows. */
    private static void assertNoLostUpdate(CaseService cases, List<Long> ids, List<Save> saves) {
        Operator reader = new Operator(999, "reader", "Проверка", Set.of(Role.SUPERVISOR), false, true, false);
        for (long id : ids) {
            List<Save> ofCase = saves.stream().filter(save -> save.caseId() == id)
                    .sorted(java.util.Comparator.comparingLong(Save::version)).toList();
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
