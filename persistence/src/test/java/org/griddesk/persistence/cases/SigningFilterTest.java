package org.griddesk.persistence.cases;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.griddesk.core.cases.CaseKind;
import org.griddesk.core.cases.CaseQuery;
import org.griddesk.core.cases.CaseScope;
import org.griddesk.core.cases.CaseSummary;
import org.griddesk.core.cases.DocumentItem;
import org.griddesk.core.cases.NewCase;
import org.griddesk.core.cases.Side;
import org.griddesk.core.cases.SigningFilter;
import org.griddesk.core.cases.StoredContent;
import org.griddesk.core.contracts.Contract;
import org.griddesk.core.signing.DocumentSignature;
import org.griddesk.core.signing.SignerDetails;
import org.griddesk.persistence.applicants.JooqApplicantRepository;
import org.griddesk.persistence.contracts.JooqContracts;
import org.griddesk.persistence.database.Database;
import org.griddesk.persistence.signing.JooqSignatureRepository;
import org.griddesk.persistence.testing.TestData;
import org.griddesk.persistence.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The queue's «Подписание» filter on both databases, each case in exactly the state the filter names. */
class SigningFilterTest {
    private static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");
    private static final SignerDetails KEY = new SignerDetails("Петров Алексей Николаевич", "АО «Сеть»", null,
            "7707083893", "1027700132195", null, null, "01", "УЦ", AT.minusSeconds(3600), AT.plusSeconds(3600));

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void eachFilterKeepsTheCasesInItsState(TestDatabase vendor) {
        try (Database database = vendor.open()) {
            JooqCaseRepository cases = new JooqCaseRepository(database.dsl(), ZoneOffset.UTC);
            JooqDocumentStore store = new JooqDocumentStore(database.dsl(), Clock.systemUTC());
            JooqSignatureRepository signatures = new JooqSignatureRepository(database.dsl());
            JooqContracts contracts = new JooqContracts(database.dsl());
            long applicant = new JooqApplicantRepository(database.dsl()).create(TestData.individual("Сизова", new Random(5)));
            long unsigned = cases.create(new NewCase(applicant, CaseKind.APPLICATION, "Не подписана", AT));
            long plain = cases.create(new NewCase(applicant, CaseKind.APPLICATION, "Без документов", AT));
            long halfSigned = cases.create(new NewCase(applicant, CaseKind.APPLICATION, "Ждёт заявителя", AT));
            long executing = cases.create(new NewCase(applicant, CaseKind.APPLICATION, "Исполняется", AT));
            long done = cases.create(new NewCase(applicant, CaseKind.APPLICATION, "Исполнен", AT));
            document(cases, store, unsigned);
            signatures.add(DocumentSignature.qualified(document(cases, store, halfSigned), Side.ORGANISATION, AT, KEY, null),
                    new byte[]{1});
            for (long contracted : List.of(executing, done)) {
                long offer = document(cases, store, contracted);
                signatures.add(DocumentSignature.qualified(offer, Side.ORGANISATION, AT, KEY, null), new byte[]{1});
                signatures.add(DocumentSignature.qualified(offer, Side.APPLICANT, AT, KEY, null), new byte[]{2});
                contracts.create(new Contract(contracted, 0, "Д-" + contracted, LocalDate.of(2026, 12, 1), offer,
                        "Исполнение договора ТП", null));
            }
            contracts.complete(done, 0, LocalDate.of(2026, 12, 5));

            Map<SigningFilter, List<Long>> expected = Map.of(
                    SigningFilter.AWAITING_ORGANISATION, List.of(unsigned),
                    SigningFilter.AWAITING_APPLICANT, List.of(halfSigned),
                    SigningFilter.SIGNED_BY_BOTH, List.of(executing, done),
                    SigningFilter.CONTRACT_IN_EXECUTION, List.of(executing),
                    SigningFilter.CONTRACT_COMPLETED, List.of(done));
            expected.forEach((filter, ids) -> {
                CaseQuery query = CaseQuery.firstPage().within(new CaseScope(null, false, null, null, filter, false));
                var page = cases.find(query);
                assertThat(page.rows()).extracting(CaseSummary::id).as(filter.title()).containsExactlyInAnyOrderElementsOf(ids);
                assertThat(page.totalCount()).as(filter.title() + ": counted the same way").isEqualTo(ids.size());
            });
            assertThat(cases.find(CaseQuery.firstPage()).totalCount()).as("no filter keeps the plain case").isEqualTo(5);
            assertThat(plain).isPositive();
        }
    }

    private static long document(JooqCaseRepository cases, JooqDocumentStore store, long caseId) {
        StoredContent stored = store.store(new ByteArrayInputStream(new byte[]{1, 2, 3}), Long.MAX_VALUE);
        return cases.addItem(caseId, new DocumentItem(0, Side.ORGANISATION, AT, "Иванова", "Оферта договора о "
                + "технологическом присоединении", "offer.pdf", stored.size(), stored.sha256(), null, stored.contentId(), true));
    }
}
