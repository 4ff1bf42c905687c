package org.griddesk.persistence.cases;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Random;
import java.util.Set;
import org.griddesk.core.cases.CaseKind;
import org.griddesk.core.cases.CaseQuery;
import org.griddesk.core.cases.CaseScope;
import org.griddesk.core.cases.CaseStatuses;
import org.griddesk.core.cases.CaseSummary;
import org.griddesk.core.cases.NewCase;
import org.griddesk.core.cases.StatusCount;
import org.griddesk.persistence.applicants.JooqApplicantRepository;
import org.griddesk.persistence.database.Database;
import org.griddesk.persistence.testing.TestData;
import org.griddesk.persistence.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/** A case closed as «Исполнен» leaves the working queue, yet its status can be chosen and a search finds it. */
class WorkingQueueTest {
    private static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");
    private static final CaseScope WORKING = new CaseScope(null, false, null, null, null, true);

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void closedCasesLeaveTheWorkingQueueOnly(TestDatabase vendor) {
        try (Database database = vendor.open()) {
            JooqCaseRepository cases = new JooqCaseRepository(database.dsl(), ZoneOffset.UTC);
            long applicant = new JooqApplicantRepository(database.dsl()).create(TestData.individual("Зайцева", new Random(7)));
            long open = cases.create(new NewCase(applicant, CaseKind.APPLICATION, "Заявка на ТП дома", AT));
            long closed = cases.create(new NewCase(applicant, CaseKind.APPLICATION, "Заявка на ТП гаража", AT));
            cases.updateStatusAndNumber(closed, 0, CaseStatuses.INITIAL, CaseStatuses.COMPLETED, "777", AT);

            var working = cases.find(CaseQuery.firstPage().within(WORKING));
            assertThat(working.rows()).extracting(CaseSummary::id).containsExactly(open);
            assertThat(working.totalCount()).isEqualTo(1);
            assertThat(working.counts()).as("still there to choose").contains(new StatusCount(CaseStatuses.COMPLETED, 1));

            var chosen = cases.find(new CaseQuery(Set.of(CaseStatuses.COMPLETED), null, null, null, null, null, false,
                    0, 100).within(WORKING));
            assertThat(chosen.rows()).extracting(CaseSummary::id).containsExactly(closed);
            var searched = cases.find(new CaseQuery(Set.of(), null, null, null, "гаража", null, false, 0, 100).within(WORKING));
            assertThat(searched.rows()).extracting(CaseSummary::id).containsExactly(closed);
            assertThat(cases.find(CaseQuery.firstPage()).totalCount()).as("reports and tools see every case").isEqualTo(2);
        }
    }
}
