package org.griddesk.persistence.settings;

import org.griddesk.core.access.AccessControl;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.griddesk.core.audit.AuditTrail;
import org.griddesk.core.cases.SanitizedHtml;
import org.griddesk.core.common.ConcurrentChangeException;
import org.griddesk.core.access.Operator;
import org.griddesk.core.access.Role;
import org.griddesk.core.settings.Dictionary;
import org.griddesk.core.settings.DictionaryEntry;
import org.griddesk.core.settings.DictionaryService;
import org.griddesk.core.settings.OrganisationProfile;
import org.griddesk.core.settings.OrganisationSettingsService;
import org.griddesk.core.settings.PortalPage;
import org.griddesk.persistence.database.Database;
import org.griddesk.persistence.database.JooqTransactions;
import org.griddesk.persistence.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The settings services on a real database: one transaction per change, and two administrators at once. */
class DictionaryAndSettingsOnDatabaseTest {
    private static final Operator FIRST_ADMIN = new Operator(1, "orlova", "Орлова Марина", Set.of(Role.ADMIN), false, true, false);
    private static final Operator SECOND_ADMIN = new Operator(2, "kuznetsov", "Кузнецов Олег", Set.of(Role.ADMIN), false, true, false);

    /** An audit trail that cannot write: the change it belongs to must not stay either. */
    private static final AuditTrail BROKEN_AUDIT = (actor, action, subject, before, after) -> {
        throw new IllegalStateException("audit trail unavailable");
    };

    private record Recorded(String actor, String action, String before, String after) {
    }

    private static OrganisationSettingsService settings(Database database, AuditTrail audit) {
        return new OrganisationSettingsService(new JooqOrganisationSettings(database.dsl()),
                html -> new SanitizedHtml(html.replace("<script>", "").replace("</script>", ""), html),
                audit, new JooqTransactions(database.dsl()), AccessControl.asGiven());
    }

    private static DictionaryService dictionaries(Database database, AuditTrail audit) {
        return new DictionaryService(new JooqDictionaries(database.dsl()), audit, new JooqTransactions(database.dsl()),
                Clock.system(ZoneOffset.UTC), AccessControl.asGiven());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aChangeWhoseAuditRecordFailsIsRolledBack(TestDatabase vendor) {
        try (Database database = vendor.open()) {
            DictionaryService brokenDictionaries = dictionaries(database, BROKEN_AUDIT);
            DictionaryEntry first = brokenDictionaries.entries(FIRST_ADMIN, Dictionary.CASE_STATUSES).getFirst();
            assertThatThrownBy(() -> brokenDictionaries.add(FIRST_ADMIN, Dictionary.DOCUMENT_NAMES, "Договор"))
                    .hasMessage("audit trail unavailable");
            assertThatThrownBy(() -> brokenDictionaries.rename(FIRST_ADMIN, Dictionary.CASE_STATUSES, first, "Новый"))
                    .hasMessage("audit trail unavailable");
            assertThat(brokenDictionaries.activeDocumentNames()).doesNotContain("Договор").hasSize(6);
            assertThat(brokenDictionaries.entries(FIRST_ADMIN, Dictionary.CASE_STATUSES)).first().isEqualTo(first);

            OrganisationSettingsService brokenSettings = settings(database, BROKEN_AUDIT);
            OrganisationProfile seen = brokenSettings.profile();
            assertThatThrownBy(() -> brokenSettings.saveProfile(FIRST_ADMIN, renamed(seen, "ООО «Другая»")))
                    .hasMessage("audit trail unavailable");
            assertThatThrownBy(() -> brokenSettings.savePortalText(FIRST_ADMIN, PortalPage.HELP, "<p>Новое</p>", 0))
                    .hasMessage("audit trail unavailable");
            assertThat(brokenSettings.profile()).isEqualTo(seen);
            assertThat(brokenSettings.portalTexts().help().version()).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void ofTwoAdministratorsSavingTheSameVersionOneIsRefused(TestDatabase vendor) throws Exception {
        try (Database database = vendor.open()) {
            List<Recorded> recorded = new CopyOnWriteArrayList<>();
            OrganisationSettingsService service = settings(database,
                    (actor, action, subject, before, after) -> recorded.add(new Recorded(actor.login(), action, before, after)));
            OrganisationProfile seen = service.profile();

            List<Object> results = race(() -> service.saveProfile(FIRST_ADMIN, renamed(seen, "АО «Первая»")),
                    () -> service.saveProfile(SECOND_ADMIN, renamed(seen, "АО «Вторая»")));

            assertThat(results).filteredOn(OrganisationProfile.class::isInstance).hasSize(1);
            assertThat(results).filteredOn(ConcurrentChangeException.class::isInstance).hasSize(1);
            OrganisationProfile winner = (OrganisationProfile) results.stream()
                    .filter(OrganisationProfile.class::isInstance).findFirst().orElseThrow();
            assertThat(service.profile()).isEqualTo(winner);
            assertThat(winner.version()).isEqualTo(seen.version() + 1);
            assertThat(recorded).hasSize(1);
            assertThat(recorded.getFirst().after()).isEqualTo("Наименование организации: " + winner.name());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void portalTextsAreStoredSanitisedWithTheirAuditRecord(TestDatabase vendor) {
        try (Database database = vendor.open()) {
            List<Recorded> recorded = new ArrayList<>();
            OrganisationSettingsService service = settings(database,
                    (actor, action, subject, before, after) -> recorded.add(new Recorded(actor.login(), action, before, after)));

            service.savePortalText(FIRST_ADMIN, PortalPage.LOGIN, "<p>Вход<script>alert(1)</script></p>", 0);

            assertThat(service.portalTexts().login().html()).isEqualTo("<p>Входalert(1)</p>");
            assertThat(recorded).singleElement().satisfies(entry -> {
                assertThat(entry.action()).isEqualTo("Изменение текста портала");
                assertThat(entry.before()).startsWith("<h3>Добро пожаловать");
                assertThat(entry.after()).isEqualTo("<p>Входalert(1)</p>");
            });
        }
    }

    private static OrganisationProfile renamed(OrganisationProfile profile, String name) {
        return new OrganisationProfile(name, profile.address(), profile.phone(), profile.email(), profile.site(),
                profile.notificationMailbox(), profile.applicationFormsUrl(), profile.version());
    }

    /** Runs both at the same moment; each ends with its result or its exception. */
    private static List<Object> race(Callable<Object> first, Callable<Object> second) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Object>> futures = new ArrayList<>();
            for (Callable<Object> save : List.of(first, second)) {
                futures.add(pool.submit(() -> {
                    start.await();
                    try {
                        return save.call();
                    } catch (RuntimeException e) {
                        return e;
                    }
                }));
            }
            List<Object> results = new ArrayList<>();
            for (Future<Object> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
