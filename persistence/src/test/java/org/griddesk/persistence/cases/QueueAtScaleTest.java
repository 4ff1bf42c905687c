package org.griddesk.persistence.cases;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.griddesk.core.applicants.Applicant;
import org.griddesk.core.applicants.PersonFullName;
import org.griddesk.core.cases.CaseKind;
import org.griddesk.core.cases.CasePage;
import org.griddesk.core.cases.CaseQuery;
import org.griddesk.core.cases.CaseSortColumn;
import org.griddesk.core.cases.CaseStatuses;
import org.griddesk.core.cases.CaseSummary;
import org.griddesk.core.cases.NewCase;
import org.griddesk.core.cases.StatusCount;
import org.griddesk.persistence.applicants.JooqApplicantRepository;
import org.griddesk.persistence.database.Database;
import org.griddesk.persistence.settings.JooqDictionaries;
import org.griddesk.persistence.testing.TestData;
import org.griddesk.persistence.testing.TestDatabase;
import org.jooq.impl.DSL;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.griddesk.persistence.schema.Tables.APPEAL;
import static org.griddesk.persistence.testing.TestData.T0;

/** The fast paths give the answers the plain ones would: search keys, kept counters, continued pages. */
class QueueAtScaleTest {

    private static CaseQuery search(String text) {
        return new CaseQuery(Set.of(), null, null, null, text, CaseSortColumn.CREATED, true, 0, 100);
    }

    private static List<String> titles(CasePage page) {
        return page.rows().stream().map(CaseSummary::title).toList();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void yoAndYeMatchBothWaysAndWordsInAnyOrder(TestDatabase vendor) {
        try (Database database = vendor.open()) {
            JooqCaseRepository cases = new JooqCaseRepository(database.dsl(), ZoneOffset.UTC);
            JooqApplicantRepository applicants = new JooqApplicantRepository(database.dsl());
            Random random = new Random(3);
            long yo = applicants.create(named(TestData.individual("Королёва", random), "Ксения"));
            long ye = applicants.create(named(TestData.individual("Королева", random), "Ксения"));
            long other = applicants.create(TestData.individual("Сёмина", random));
            cases.create(new NewCase(yo, CaseKind.APPLICATION, "Заявка Королёвой", T0));
            cases.create(new NewCase(ye, CaseKind.APPLICATION, "Заявка Королевой", T0.plusSeconds(1)));
            long numbered = cases.create(new NewCase(other, CaseKind.MESSAGE, "Вопрос о счёте", T0.plusSeconds(2)));
            cases.updateStatusAndNumber(numbered, 0, CaseStatuses.INITIAL, CaseStatuses.INITIAL, "ТП-2026/77", T0.plusSeconds(3));

            List<String> both = List.of("Заявка Королёвой", "Заявка Королевой");
            assertThat(titles(cases.find(search("королева")))).containsExactlyElementsOf(both);
            assertThat(titles(cases.find(search("КОРОЛЁВА")))).containsExactlyElementsOf(both);
            assertThat(titles(cases.find(search("Ксения Королёва")))).containsExactlyElementsOf(both);
            assertThat(titles(cases.find(search("Королёва Ксения")))).containsExactlyElementsOf(both);
            assertThat(titles(cases.find(search("Ксения Сёмина")))).isEmpty();
            assertThat(titles(cases.find(search("счет семина")))).containsExactly("Вопрос о счёте");
            assertThat(titles(cases.find(search("тп-2026/77 вопрос")))).as("a number given later is searchable")
                    .containsExactly("Вопрос о счёте");
            assertThat(cases.find(search("королева заявка")).counts()).containsExactly(new StatusCount(CaseStatuses.INITIAL, 2));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void keptCountersMatchARecountAfterChangesAndARename(TestDatabase vendor) {
        try (Database database = vendor.open()) {
            JooqCaseRepository cases = new JooqCaseRepository(database.dsl(), ZoneOffset.UTC);
            long applicant = new JooqApplicantRepository(database.dsl()).create(TestData.individual("Счётова", new Random(5)));
            Random random = new Random(7);
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                ids.add(cases.create(new NewCase(applicant, i % 3 == 0 ? CaseKind.MESSAGE : CaseKind.APPLICATION,
                        "Обращение " + i, T0.plusSeconds(i))));
            }
            long[] versions = new long[ids.size()];
            String[] statuses = new String[ids.size()];
            java.util.Arrays.fill(statuses, CaseStatuses.INITIAL);
            for (int step = 0; step < 120; step++) {
                int index = random.nextInt(ids.size());
                String status = CaseStatuses.SEEDED.get(random.nextInt(CaseStatuses.SEEDED.size()));
                assertThat(cases.updateStatusAndNumber(ids.get(index), versions[index], statuses[index], status, null, T0))
                        .isTrue();
                versions[index]++;
                statuses[index] = status;
            }
            assertThat(cases.updateStatusAndNumber(ids.getFirst(), versions[0] + 5, statuses[0], "Чужой статус", null, T0))
                    .as("a refused save changes no counter").isFalse();
            assertCountersMatchRecount(database, cases);

            String renamed = CaseStatuses.SEEDED.get(2);
            database.dsl().transaction(() -> new JooqDictionaries(database.dsl())
                    .renameStatusOnCases(renamed, CaseStatuses.SEEDED.get(3), "Администратор", T0));
            assertCountersMatchRecount(database, cases);
        }
    }

    private static void assertCountersMatchRecount(Database database, JooqCaseRepository cases) {
        for (CaseKind kind : new CaseKind[] {null, CaseKind.MESSAGE, CaseKind.APPLICATION}) {
            var recount = database.dsl().select(APPEAL.STATUS, DSL.count()).from(APPEAL)
                    .where(kind == null ? DSL.noCondition() : APPEAL.KIND.eq(kind.name()))
                    .groupBy(APPEAL.STATUS).orderBy(APPEAL.STATUS)
                    .fetch(row -> new StatusCount(row.value1(), row.value2()));
            CaseQuery query = new CaseQuery(Set.of(), kind, null, null, null, null, false, 0, 10);
            assertThat(cases.find(query).counts()).as("kind %s", kind).containsExactlyElementsOf(recount);
            assertThat(cases.find(query).totalCount()).isEqualTo(recount.stream().mapToLong(StatusCount::count).sum());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void pagesContinuedFromTheirEdgeRowAreTheSameAsPagesByPosition(TestDatabase vendor) {
        try (Database database = vendor.open()) {
            JooqCaseRepository cases = new JooqCaseRepository(database.dsl(), ZoneOffset.UTC);
            JooqApplicantRepository applicants = new JooqApplicantRepository(database.dsl());
            Random random = new Random(11);
            List<Long> people = new ArrayList<>();
            for (String name : List.of("Абрамова", "Яковлева", "Мельникова", "Абрамова")) {
                people.add(applicants.create(TestData.individual(name, random)));
            }
            database.dsl().transaction(() -> {
                for (int i = 0; i < 230; i++) {
                    // Equal times, titles and names in runs: the id must break every tie the same way.
                    cases.create(new NewCase(people.get(i % people.size()), i % 4 == 0 ? CaseKind.MESSAGE : CaseKind.APPLICATION,
                            "Заявка " + (i % 17), T0.plusSeconds(i / 3)));
                }
            });
            for (CaseSortColumn column : CaseSortColumn.values()) {
                for (boolean ascending : new boolean[] {true, false}) {
                    CaseQuery first = new CaseQuery(Set.of(), null, null, null, null, column, ascending, 0, 40);
                    List<CasePage> byPosition = new ArrayList<>();
                    for (int offset = 0; offset < 230; offset += 40) {
                        byPosition.add(cases.find(first.page(offset)));
                    }
                    CaseQuery query = first;
                    CasePage page = cases.find(query);
                    for (int i = 1; i < byPosition.size(); i++) {
                        query = query.nextAfter(page.rows().getLast());
                        page = cases.find(query);
                        assertThat(page.rows()).as("%s %s, page %d forwards", column, ascending ? "asc" : "desc", i)
                                .isEqualTo(byPosition.get(i).rows());
                    }
                    for (int i = byPosition.size() - 2; i >= 0; i--) {
                        query = query.previousBefore(page.rows().getFirst());
                        page = cases.find(query);
                        assertThat(page.rows()).as("%s %s, page %d backwards", column, ascending ? "asc" : "desc", i)
                                .isEqualTo(byPosition.get(i).rows());
                    }
                }
            }
        }
    }

    private static Applicant named(Applicant applicant, String firstName) {
        PersonFullName person = applicant.person();
        return new Applicant(0, applicant.type(), new PersonFullName(person.lastName(), firstName, person.patronymic()),
                applicant.email(), applicant.phone(), applicant.snils(), applicant.inn(), applicant.ogrn(),
                applicant.ogrnip(), applicant.kpp(), applicant.organisationFullName(), applicant.organisationShortName(),
                applicant.registeredAt());
    }
}
