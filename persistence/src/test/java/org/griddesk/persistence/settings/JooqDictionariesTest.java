package org.griddesk.persistence.settings;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import org.griddesk.core.cases.CaseCard;
import org.griddesk.core.cases.CaseKind;
import org.griddesk.core.cases.CaseStatuses;
import org.griddesk.core.cases.NewCase;
import org.griddesk.core.cases.StatusCount;
import org.griddesk.core.settings.DictionaryEntry;
import org.griddesk.persistence.applicants.JooqApplicantRepository;
import org.griddesk.persistence.cases.JooqCaseRepository;
import org.griddesk.persistence.cases.JooqStatusDictionary;
import org.griddesk.persistence.database.Database;
import org.griddesk.persistence.testing.TestData;
import org.griddesk.persistence.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.griddesk.core.settings.Dictionary.CASE_STATUSES;
import static org.griddesk.core.settings.Dictionary.DOCUMENT_NAMES;

class JooqDictionariesTest {
    private static final List<String> SEEDED_DOCUMENT_NAMES = List.of("Оферта договора о технологическом присоединении",
            "Технические условия", "Счёт на оплату", "Акт об осуществлении технологического присоединения",
            "Акт допуска прибора учёта", "Запрос недостающих документов");

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void startsWithTheSeededEntriesInOrder(TestDatabase vendor) {
        try (Database database = vendor.open()) {
            JooqDictionaries dictionaries = new JooqDictionaries(database.dsl());
            assertThat(dictionaries.entries(CASE_STATUSES)).extracting(DictionaryEntry::name)
                    .containsExactlyElementsOf(CaseStatuses.DICTIONARY);
            assertThat(dictionaries.entries(DOCUMENT_NAMES)).extracting(DictionaryEntry::name)
                    .containsExactlyElementsOf(SEEDED_DOCUMENT_NAMES);
            assertThat(dictionaries.entries(DOCUMENT_NAMES)).allMatch(DictionaryEntry::active);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void clerksStillSeeActiveStatusesInTheAdministratorsOrder(TestDatabase vendor) {
        try (Database database = vendor.open()) {
            JooqDictionaries dictionaries = new JooqDictionaries(database.dsl());
            assertThat(dictionaries.add(CASE_STATUSES, "Ожидание оплаты")).isTrue();
            assertThat(dictionaries.add(CASE_STATUSES, "Ожидание оплаты")).isFalse();
            DictionaryEntry offer = entry(dictionaries.entries(CASE_STATUSES), "Подготовка оферты договора");
            assertThat(dictionaries.setActive(CASE_STATUSES, offer, false)).isTrue();
            assertThat(dictionaries.setActive(CASE_STATUSES, offer, false)).as("seen as active, now retired").isFalse();
            dictionaries.reorder(CASE_STATUSES, List.of("Ожидание оплаты", CaseStatuses.SEEDED.get(0),
                    CaseStatuses.SEEDED.get(1), CaseStatuses.SEEDED.get(2), CaseStatuses.SEEDED.get(3),
                    CaseStatuses.SEEDED.get(4), CaseStatuses.COMPLETED));

            assertThat(new JooqStatusDictionary(database.dsl()).activeStatuses()).containsExactly("Ожидание оплаты",
                    CaseStatuses.SEEDED.get(0), CaseStatuses.SEEDED.get(1), CaseStatuses.SEEDED.get(2),
                    CaseStatuses.SEEDED.get(4), CaseStatuses.COMPLETED);
            assertThat(dictionaries.entries(CASE_STATUSES)).contains(new DictionaryEntry("Подготовка оферты договора", 5, false));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void renamesOnlyTheEntryAsItWasSeen(TestDatabase vendor) {
        try (Database database = vendor.open()) {
            JooqDictionaries dictionaries = new JooqDictionaries(database.dsl());
            DictionaryEntry bill = entry(dictionaries.entries(DOCUMENT_NAMES), "Счёт на оплату");
            assertThat(dictionaries.rename(DOCUMENT_NAMES, bill, "Счёт")).isTrue();
            assertThat(dictionaries.rename(DOCUMENT_NAMES, bill, "Счёт-фактура")).isFalse();
            DictionaryEntry renamed = entry(dictionaries.entries(DOCUMENT_NAMES), "Счёт");
            assertThat(renamed.position()).isEqualTo(3);
            assertThat(dictionaries.rename(DOCUMENT_NAMES, renamed, "Технические условия")).as("name taken").isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void findsTypedStatusesAndRenamesCasesWithHistory(TestDatabase vendor) {
        try (Database database = vendor.open()) {
            JooqDictionaries dictionaries = new JooqDictionaries(database.dsl());
            JooqCaseRepository cases = new JooqCaseRepository(database.dsl(), ZoneOffset.UTC);
            long applicant = new JooqApplicantRepository(database.dsl()).create(TestData.individual("Белова", new Random(5)));
            long typed1 = cases.create(new NewCase(applicant, CaseKind.APPLICATION, "Заявка 1", TestData.T0));
            long typed2 = cases.create(new NewCase(applicant, CaseKind.APPLICATION, "Заявка 2", TestData.T0));
            long other = cases.create(new NewCase(applicant, CaseKind.MESSAGE, "Вопрос", TestData.T0));
            cases.updateStatusAndNumber(typed1, 0, CaseStatuses.INITIAL, "Ждём оплату", null, TestData.T0);
            cases.updateStatusAndNumber(typed2, 0, CaseStatuses.INITIAL, "Ждём оплату", null, TestData.T0);

            assertThat(dictionaries.freeTextStatuses()).containsExactly(new StatusCount("Ждём оплату", 2));

            Instant at = Instant.parse("2026-11-25T09:00:00Z");
            assertThat(dictionaries.renameStatusOnCases("Ждём оплату", "Ожидание оплаты", "Орлова Марина", at)).isEqualTo(2);

            CaseCard card = cases.load(typed1).orElseThrow();
            assertThat(card.status()).isEqualTo("Ожидание оплаты");
            assertThat(card.version()).isEqualTo(2);
            assertThat(card.history()).anySatisfy(change -> {
                assertThat(change.operator()).isEqualTo("Орлова Марина");
                assertThat(change.before()).isEqualTo("Ждём оплату");
                assertThat(change.after()).isEqualTo("Ожидание оплаты");
            });
            assertThat(cases.load(other).orElseThrow().status()).isEqualTo(CaseStatuses.INITIAL);
            assertThat(cases.load(other).orElseThrow().version()).isZero();
            assertThat(dictionaries.freeTextStatuses()).containsExactly(new StatusCount("Ожидание оплаты", 2));
        }
    }

    private static DictionaryEntry entry(List<DictionaryEntry> entries, String name) {
        return entries.stream().filter(entry -> entry.name().equals(name)).findFirst().orElseThrow();
    }
}
