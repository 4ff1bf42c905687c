package org.griddesk.persistence.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.griddesk.core.cases.CaseCard;
import org.griddesk.core.cases.CaseChange;
import org.griddesk.core.cases.CaseKind;
import org.griddesk.core.cases.CasePage;
import org.griddesk.core.cases.CaseQuery;
import org.griddesk.core.cases.CaseSortColumn;
import org.griddesk.core.cases.CaseStatuses;
import org.griddesk.core.cases.CaseSummary;
import org.griddesk.core.cases.MessageItem;
import org.griddesk.core.cases.NewCase;
import org.griddesk.core.cases.Side;
import org.griddesk.core.cases.StatusCount;
import org.griddesk.core.cases.StatusNoteItem;
import org.griddesk.core.common.ValidationException;
import org.griddesk.persistence.applicants.JooqApplicantRepository;
import org.griddesk.persistence.database.Database;
import org.griddesk.persistence.testing.TestData;
import org.griddesk.persistence.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.griddesk.persistence.testing.TestData.T0;

class JooqCaseRepositoryTest {

    private record Fixture(Database database, JooqCaseRepository cases, long proprietorCase, long individualCase,
                           long messageCase) implements AutoCloseable {
        @Override
        public void close() {
            database.close();
        }
    }

    private static Fixture fixture(TestDatabase vendor) {
        Database database = vendor.open();
        JooqApplicantRepository applicants = new JooqApplicantRepository(database.dsl());
        JooqCaseRepository cases = new JooqCaseRepository(database.dsl(), ZoneOffset.UTC);
        long proprietor = applicants.create(TestData.soleProprietor());
        long individual = applicants.create(TestData.individualWithSeedSnils());
        long first = cases.create(new NewCase(proprietor, CaseKind.APPLICATION, "Заявка на ТП до 150 кВт", T0));
        long second = cases.create(new NewCase(individual, CaseKind.APPLICATION, "Заявка на ТП жилого дома",
                T0.plusSeconds(86_400)));
        long third = cases.create(new NewCase(individual, CaseKind.MESSAGE, "Вопрос о сроках", T0.plusSeconds(2 * 86_400)));
        return new Fixture(database, cases, first, second, third);
    }

    private static List<Long> ids(CasePage page) {
        return page.rows().stream().map(CaseSummary::id).toList();
    }

    private static CaseQuery search(String text) {
        return new CaseQuery(Set.of(), null, null, null, text, CaseSortColumn.CREATED, true, 0, 100);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void freeTextFindsByEveryIdentifierAClerkMayType(TestDatabase vendor) {
        try (Fixture f = fixture(vendor)) {
            assertThat(ids(f.cases().find(search("420538910787")))).containsExactly(f.proprietorCase());
            assertThat(ids(f.cases().find(search("318420500015205")))).containsExactly(f.proprietorCase());
            assertThat(ids(f.cases().find(search("сидоров")))).containsExactly(f.proprietorCase());
            assertThat(ids(f.cases().find(search("SIDOROV@example")))).containsExactly(f.proprietorCase());
            assertThat(ids(f.cases().find(search("89617005673")))).containsExactly(f.proprietorCase());
            assertThat(ids(f.cases().find(search("+7-961-700")))).containsExactly(f.proprietorCase());
            assertThat(ids(f.cases().find(search("049-114-804 49")))).containsExactly(f.individualCase(), f.messageCase());
            assertThat(ids(f.cases().find(search("04911480449")))).containsExactly(f.individualCase(), f.messageCase());
            assertThat(ids(f.cases().find(search("100%")))).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void filtersByStatusKindAndPeriodAndCountsPerStatus(TestDatabase vendor) {
        try (Fixture f = fixture(vendor)) {
            String reviewing = CaseStatuses.SEEDED.get(1);
            assertThat(f.cases().updateStatusAndNumber(f.individualCase(), 0, CaseStatuses.INITIAL, reviewing, "7", T0.plusSeconds(90_000))).isTrue();

            CaseQuery byStatus = new CaseQuery(Set.of(reviewing), null, null, null, null, null, false, 0, 100);
            assertThat(ids(f.cases().find(byStatus))).containsExactly(f.individualCase());
            CaseQuery messages = new CaseQuery(Set.of(), CaseKind.MESSAGE, null, null, null, null, false, 0, 100);
            assertThat(ids(f.cases().find(messages))).containsExactly(f.messageCase());
            CaseQuery secondDay = new CaseQuery(Set.of(), null, LocalDate.of(2026, 10, 2), LocalDate.of(2026, 10, 2),
                    null, null, false, 0, 100);
            assertThat(ids(f.cases().find(secondDay))).containsExactly(f.individualCase());

            assertThat(f.cases().find(byStatus).counts()).containsExactly(
                    new StatusCount(reviewing, 1), new StatusCount(CaseStatuses.INITIAL, 2));
            assertThat(f.cases().find(byStatus).totalCount()).isEqualTo(1);
            assertThat(f.cases().find(secondDay).counts()).as("counted, not kept: a period applies")
                    .containsExactly(new StatusCount(reviewing, 1));
            assertThat(f.cases().find(messages).counts()).containsExactly(new StatusCount(CaseStatuses.INITIAL, 1));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void sortsNumbersAsNumbersAndPagesWithATotal(TestDatabase vendor) {
        try (Fixture f = fixture(vendor)) {
            f.cases().updateStatusAndNumber(f.proprietorCase(), 0, CaseStatuses.INITIAL, CaseStatuses.INITIAL, "10", T0);
            f.cases().updateStatusAndNumber(f.individualCase(), 0, CaseStatuses.INITIAL, CaseStatuses.INITIAL, "9", T0);
            CaseQuery byNumber = new CaseQuery(Set.of(), null, null, null, null, CaseSortColumn.REGISTRATION_NUMBER,
                    true, 0, 2);
            CasePage first = f.cases().find(byNumber);
            assertThat(first.totalCount()).isEqualTo(3);
            assertThat(first.rows()).extracting(CaseSummary::registrationNumber).containsExactly("9", "10");
            assertThat(f.cases().find(byNumber.page(2)).rows()).extracting(CaseSummary::id).containsExactly(f.messageCase());
            assertThat(f.cases().nextNumericRegistrationNumber()).isEqualTo(11);
            assertThat(f.cases().nextNumericRegistrationNumber()).as("asked again: the next one").isEqualTo(12);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void suggestedNumbersIgnoreNumbersWithLettersAndNeverRepeat(TestDatabase vendor) throws Exception {
        try (Fixture f = fixture(vendor)) {
            assertThat(f.cases().nextNumericRegistrationNumber()).isEqualTo(1);
            f.cases().updateStatusAndNumber(f.proprietorCase(), 0, CaseStatuses.INITIAL, CaseStatuses.INITIAL, "ТП-99", T0);
            f.cases().updateStatusAndNumber(f.individualCase(), 0, CaseStatuses.INITIAL, CaseStatuses.INITIAL, "41", T0);
            assertThat(f.cases().nextNumericRegistrationNumber()).isEqualTo(42);

            // Clerks asking at the same moment: every suggestion different.
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(6);
            List<java.util.concurrent.Future<Long>> asked = new java.util.ArrayList<>();
            for (int i = 0; i < 60; i++) {
                asked.add(pool.submit(() -> f.cases().nextNumericRegistrationNumber()));
            }
            java.util.Set<Long> numbers = new java.util.HashSet<>();
            for (var number : asked) {
                numbers.add(number.get());
            }
            pool.shutdown();
            assertThat(numbers).hasSize(60).allMatch(number -> number > 42);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void updateNeedsTheVersionSeenAndAUniqueNumber(TestDatabase vendor) {
        try (Fixture f = fixture(vendor)) {
            assertThat(f.cases().updateStatusAndNumber(f.proprietorCase(), 0, CaseStatuses.INITIAL, "Принято", "100", T0)).isTrue();
            assertThat(f.cases().updateStatusAndNumber(f.proprietorCase(), 0, CaseStatuses.INITIAL, "Отклонено", "101", T0)).isFalse();
            CaseCard saved = f.cases().load(f.proprietorCase()).orElseThrow();
            assertThat(saved.version()).isEqualTo(1);
            assertThat(saved.status()).isEqualTo("Принято");
            assertThatThrownBy(() -> f.cases().updateStatusAndNumber(f.individualCase(), 0, CaseStatuses.INITIAL, "Принято", "100", T0))
                    .isInstanceOf(ValidationException.class)
                    .hasMessageContaining("«100» уже присвоен");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void cardHasApplicantTimelineNewestFirstAndHistory(TestDatabase vendor) {
        try (Fixture f = fixture(vendor)) {
            Instant later = T0.plusSeconds(3600);
            f.cases().addItem(f.proprietorCase(), new MessageItem(0, Side.APPLICANT, T0, "Сидоров Пётр Ильич", "<p>Прошу</p>"));
            long note = f.cases().addItem(f.proprietorCase(), new StatusNoteItem(0, Side.ORGANISATION, later, "Иванова", "Ведется проектирование"));
            f.cases().appendHistory(f.proprietorCase(), new CaseChange(later, "Иванова", "Добавлен статус", null, "Ведется проектирование"));

            CaseCard card = f.cases().load(f.proprietorCase()).orElseThrow();
            assertThat(card.applicant().registrationLine()).isEqualTo("Индивидуальный предприниматель - ИНН: 420538910787 "
                    + "ОГРН: 318420500015205 ФИО: Сидоров Пётр Ильич Email: sidorov@example.ru");
            assertThat(card.timeline()).extracting(item -> item.getClass().getSimpleName())
                    .containsExactly("StatusNoteItem", "MessageItem");
            assertThat(card.history()).extracting(CaseChange::after).containsExactly("Ведется проектирование");
            assertThat(card.updatedAt()).isEqualTo(later);
            assertThat(card.version()).as("items don't bump the version guarding status and number").isZero();

            f.cases().deleteItem(f.proprietorCase(), note, later.plusSeconds(1));
            assertThat(f.cases().findItem(f.proprietorCase(), note)).isEmpty();
            assertThat(f.cases().load(f.proprietorCase()).orElseThrow().timeline()).hasSize(1);
            assertThat(f.cases().load(4242)).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void pagesThroughThousandsOfCases(TestDatabase vendor) {
        try (Fixture f = fixture(vendor)) {
            Random random = new Random(1);
            long applicant = new JooqApplicantRepository(f.database().dsl()).create(TestData.individual("Орлова", random));
            f.database().dsl().transaction(() -> {
                for (int i = 0; i < 3000; i++) {
                    f.cases().create(new NewCase(applicant, CaseKind.APPLICATION, "Заявка " + i, T0.plusSeconds(i)));
                }
            });
            CaseQuery query = new CaseQuery(Set.of(), null, null, null, "орлова", CaseSortColumn.CREATED, false, 2900, 100);
            CasePage last = f.cases().find(query);
            assertThat(last.totalCount()).isEqualTo(3000);
            assertThat(last.rows()).hasSize(100);
            assertThat(last.rows().getLast().title()).isEqualTo("Заявка 0");
        }
    }
}
