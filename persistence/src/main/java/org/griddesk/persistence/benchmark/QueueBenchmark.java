package org.griddesk.persistence.benchmark;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.griddesk.core.cases.CaseCard;
import org.griddesk.core.cases.CasePage;
import org.griddesk.core.cases.CaseQuery;
import org.griddesk.core.cases.CaseSortColumn;
import org.griddesk.core.cases.CaseStatuses;
import org.griddesk.core.cases.CaseSummary;
import org.griddesk.core.registrations.DuplicateFinder;
import org.griddesk.core.registrations.Registration;
import org.griddesk.core.registrations.RegistrationQuery;
import org.griddesk.persistence.cases.JooqCaseRepository;
import org.griddesk.persistence.registrations.JooqRegistrationRepository;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Result;

/**
 * The queue's calls through GridDesk's own repositories next to the best SQL written by hand for the same result,
 * on the same connection pool, alternately, after a warm-up; each line's results are compared as well as timed.
 */
public final class QueueBenchmark {
    private static final int PAGE = CaseQuery.DEFAULT_PAGE_SIZE;
    private static final String CASE_COLUMNS = "a.id, a.registration_number, a.kind, a.title, p.type, p.display_name, "
            + "a.status, a.created_at, a.updated_at";
    private static final String KEPT_COUNTERS = "SELECT status, SUM(cases) FROM case_count GROUP BY status "
            + "HAVING SUM(cases) > 0 ORDER BY status";

    private final DSLContext dsl;
    private final JooqCaseRepository cases;
    private final JooqRegistrationRepository registrations;
    private final DuplicateFinder duplicates;

    public QueueBenchmark(DSLContext dsl) {
        this.dsl = dsl;
        this.cases = new JooqCaseRepository(dsl, ZoneOffset.UTC);
        this.registrations = new JooqRegistrationRepository(dsl);
        this.duplicates = new DuplicateFinder(registrations);
    }

    public List<SideBySide.Figures> run(QueueDataSet.Size size, int warmUp, int runs) {
        return lines(size).stream().map(line -> line.measure(warmUp, runs)).toList();
    }

    private List<SideBySide> lines(QueueDataSet.Size size) {
        String status = CaseStatuses.SEEDED.get(2);
        // A legal entity (every tenth applicant, from the ninth) in the middle of the table.
        String inn = (String) dsl.fetchValue("SELECT inn FROM applicant WHERE id = ?", 10L * (size.applicants() / 20) + 9);
        String number = "ТП-" + (size.cases() * 3 / 4 + 1);
        int deepOffset = Math.min(499 * PAGE, Math.max(0, size.cases() - PAGE));
        CaseQuery first = CaseQuery.firstPage();
        CaseSummary anchor = cases.find(first.page(deepOffset - PAGE)).rows().getLast();
        CaseQuery deepNext = first.page(deepOffset - PAGE).nextAfter(anchor);
        long card = size.cases() / 2;
        return List.of(
                new SideBySide("первая страница со счётчиками", () -> queue(first),
                        () -> best(page("", List.of()), keptCounters(), List.of())),
                new SideBySide("один статус", () -> queue(withStatus(first, status)),
                        () -> best(page("WHERE a.status = ?", List.of(status)), keptCounters(), List.of(status))),
                new SideBySide("текст = ИНН", () -> queue(withText(first, inn)),
                        () -> bestMatching("a.applicant_id IN (SELECT id FROM applicant WHERE inn = ?)", List.of(inn))),
                new SideBySide("текст = фамилия (~50 обращений)", () -> queue(withText(first, "королева ксения")),
                        () -> bestMatching("a.applicant_id IN (SELECT id FROM applicant WHERE search_text LIKE ? AND search_text LIKE ?)",
                                List.of("%королева%", "%ксения%"))),
                new SideBySide("текст = рег. номер", () -> queue(withText(first, number)),
                        () -> bestMatching("a.registration_number = ?", List.of(number))),
                new SideBySide("страница 500 («Вперёд»)", () -> queue(deepNext),
                        () -> best(page("WHERE (a.updated_at, a.id) < (CAST(? AS TIMESTAMP WITH TIME ZONE), ?)", List.of(
                                java.time.OffsetDateTime.ofInstant(anchor.updatedAt(), ZoneOffset.UTC), anchor.id())),
                                keptCounters(), List.of())),
                new SideBySide("страница 500 (переход по номеру)", () -> queue(first.page(deepOffset)),
                        () -> best(deferredPage(deepOffset), keptCounters(), List.of())),
                new SideBySide("«Регистрации», первая страница", this::registrationsPage, this::bestRegistrationsPage),
                new SideBySide("карточка обращения", () -> cardOf(cases.load(card).orElseThrow()), () -> bestCard(card)));
    }

    /** A page reduced to what a clerk sees: ids in order, the total, the counters. */
    private record PageResult(List<Long> ids, long total, Map<String, Long> counters) {
    }

    private PageResult queue(CaseQuery query) {
        CasePage page = cases.find(query);
        Map<String, Long> counters = new TreeMap<>();
        page.counts().forEach(count -> counters.put(count.status(), count.count()));
        return new PageResult(page.rows().stream().map(CaseSummary::id).toList(), page.totalCount(), counters);
    }

    private static CaseQuery withStatus(CaseQuery query, String status) {
        return new CaseQuery(java.util.Set.of(status), null, null, null, null, CaseSortColumn.UPDATED, false, 0, PAGE);
    }

    private static CaseQuery withText(CaseQuery query, String text) {
        return new CaseQuery(java.util.Set.of(), null, null, null, text, CaseSortColumn.UPDATED, false, 0, PAGE);
    }

    /** PostgreSQL: one join. H2 starts such a join from the applicants, so there the ids come first. */
    private Result<Record> page(String where, List<Object> binds) {
        String order = " ORDER BY a.updated_at DESC, a.id DESC";
        if (dsl.dialect().family() == org.jooq.SQLDialect.POSTGRES) {
            return dsl.fetch("SELECT " + CASE_COLUMNS + " FROM appeal a JOIN applicant p ON p.id = a.applicant_id "
                    + where + order + " LIMIT " + PAGE, binds.toArray());
        }
        return dsl.fetch("SELECT " + CASE_COLUMNS + " FROM (SELECT a.id FROM appeal a " + where + order + " LIMIT " + PAGE
                + ") page JOIN appeal a ON a.id = page.id JOIN applicant p ON p.id = a.applicant_id" + order, binds.toArray());
    }

    private Result<Record> deferredPage(int offset) {
        return dsl.fetch("SELECT " + CASE_COLUMNS + " FROM (SELECT id FROM appeal ORDER BY updated_at DESC, id DESC LIMIT "
                + PAGE + " OFFSET " + offset + ") page JOIN appeal a ON a.id = page.id JOIN applicant p ON p.id = a.applicant_id "
                + "ORDER BY a.updated_at DESC, a.id DESC");
    }

    private Map<String, Long> keptCounters() {
        return counters(dsl.fetch(KEPT_COUNTERS));
    }

    private PageResult bestMatching(String where, List<Object> binds) {
        Map<String, Long> counters = counters(dsl.fetch("SELECT a.status, COUNT(*) FROM appeal a WHERE " + where
                + " GROUP BY a.status ORDER BY a.status", binds.toArray()));
        return best(page("WHERE " + where, binds), counters, List.of());
    }

    private static PageResult best(Result<Record> rows, Map<String, Long> counters, List<String> statuses) {
        long total = counters.entrySet().stream().filter(e -> statuses.isEmpty() || statuses.contains(e.getKey()))
                .mapToLong(Map.Entry::getValue).sum();
        return new PageResult(rows.getValues(0, Long.class), total, counters);
    }

    private static Map<String, Long> counters(Result<Record> rows) {
        Map<String, Long> counters = new TreeMap<>();
        rows.forEach(row -> counters.put(row.get(0, String.class), row.get(1, Long.class)));
        return counters;
    }

    /** What «Регистрации» loads: the page, the total and each row's duplicate count. */
    private record RegistrationsResult(List<Long> ids, long total) {
    }

    private RegistrationsResult registrationsPage() {
        Instant now = Instant.now();
        RegistrationQuery query = new RegistrationQuery(null, null, null, null, 0, PAGE);
        List<Registration> page = registrations.find(query, now);
        long total = registrations.count(query, now);
        duplicates.findAll(page);
        return new RegistrationsResult(page.stream().map(Registration::id).toList(), total);
    }

    /** The same page, total (from the kept counters) and duplicate look-ups of every key kind of the page's rows. */
    private RegistrationsResult bestRegistrationsPage() {
        Result<Record> page = dsl.fetch("SELECT * FROM registration ORDER BY registered_at DESC, id DESC LIMIT " + PAGE);
        long total = ((Number) dsl.fetchValue("SELECT SUM(registrations) FROM registration_count")).longValue();
        List<String> lookUps = new ArrayList<>();
        List<Object> binds = new ArrayList<>();
        for (String[] key : new String[][] {{"phone_key", "phone"}, {"email_key", "email_key"}, {"snils_key", "snils"},
                {"inn_key", "inn"}, {"ogrn_key", "ogrn"}, {"ogrnip_key", "ogrnip"}}) {
            List<Object> values = page.getValues(key[0]).stream().filter(java.util.Objects::nonNull).distinct()
                    .map(Object.class::cast).toList();
            if (!values.isEmpty()) {
                String marks = String.join(", ", java.util.Collections.nCopies(values.size(), "?"));
                lookUps.add("SELECT id FROM registration WHERE " + key[0] + " IN (" + marks + ")");
                lookUps.add("SELECT -id FROM applicant WHERE " + key[1] + " IN (" + marks + ")");
                binds.addAll(values);
                binds.addAll(values);
            }
        }
        if (!lookUps.isEmpty()) {
            dsl.fetch(String.join(" UNION ", lookUps), binds.toArray());
        }
        return new RegistrationsResult(page.getValues("id", Long.class), total);
    }

    /** A card reduced to its status, timeline and history sizes. */
    private record CardResult(String status, int timeline, int history) {
    }

    private static CardResult cardOf(CaseCard card) {
        return new CardResult(card.status(), card.timeline().size(), card.history().size());
    }

    private CardResult bestCard(long id) {
        Record row = dsl.fetchOne("SELECT a.*, p.* FROM appeal a JOIN applicant p ON p.id = a.applicant_id WHERE a.id = ?", id);
        int timeline = dsl.fetch("SELECT * FROM timeline_item WHERE appeal_id = ? ORDER BY created_at DESC, id DESC", id).size();
        int history = dsl.fetch("SELECT * FROM case_history WHERE appeal_id = ? ORDER BY changed_at DESC, id DESC", id).size();
        return new CardResult(row.get("status", String.class), timeline, history);
    }
}
