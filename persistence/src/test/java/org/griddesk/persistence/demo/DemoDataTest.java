package org.griddesk.persistence.demo;

import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.griddesk.core.applicants.Applicant;
import org.griddesk.core.applicants.ApplicantType;
import org.griddesk.core.applicants.Inn;
import org.griddesk.core.applicants.Kpp;
import org.griddesk.core.applicants.Ogrn;
import org.griddesk.core.applicants.Ogrnip;
import org.griddesk.core.applicants.Snils;
import org.griddesk.core.cases.CaseStatuses;
import org.griddesk.core.operators.PasswordHasher;
import org.griddesk.core.testing.MarkedPasswords;
import org.griddesk.core.reports.PdfReports;
import org.griddesk.persistence.applicants.JooqApplicantRepository;
import org.griddesk.persistence.cases.JooqCaseRepository;
import org.griddesk.persistence.cases.JooqDocumentStore;
import org.griddesk.persistence.database.Database;
import org.griddesk.persistence.database.JooqTransactions;
import org.griddesk.persistence.operators.JooqOperatorRepository;
import org.griddesk.persistence.testing.TestDatabase;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.griddesk.persistence.schema.Tables.APPEAL;
import static org.griddesk.persistence.schema.Tables.APPLICANT;
import static org.griddesk.persistence.schema.Tables.DOCUMENT_CHUNK;
import static org.griddesk.persistence.schema.Tables.DOCUMENT_CONTENT;
import static org.griddesk.persistence.schema.Tables.TIMELINE_ITEM;

class DemoDataTest {
    /** Argon2 belongs to the app; here only the round trip of some hash matters. */
    private static final PasswordHasher MARKED = new MarkedPasswords();

    /** Rendering is the documents adapter's job (tested in app-fx); here only that the demo stores what it renders. */
    private static final PdfReports PDF_OF_HEADING = (heading, lines) ->
            ("%PDF-1.7 " + heading).getBytes(java.nio.charset.StandardCharsets.UTF_8);

    private static Database database;

    @BeforeAll
    static void fill() {
        database = TestDatabase.H2.open();
        Clock clock = Clock.system(ZoneOffset.UTC);
        DSLContext dsl = database.dsl();
        new DemoData(new JooqApplicantRepository(dsl), new JooqCaseRepository(dsl, ZoneOffset.UTC),
                new JooqDocumentStore(dsl, clock), new JooqOperatorRepository(dsl, clock), MARKED,
                new JooqTransactions(dsl), clock, PDF_OF_HEADING).fill();
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Test
    void everyRoleHasADemoAccountWithItsPassword() {
        JooqOperatorRepository operators = new JooqOperatorRepository(database.dsl(), Clock.systemUTC());
        for (DemoAccountSpec account : DemoData.ACCOUNTS) {
            assertThat(operators.findByLogin(account.login()).orElseThrow().passwordHash())
                    .isEqualTo(MARKED.hash(account.password().toCharArray()));
        }
        assertThat(DemoData.ACCOUNTS.stream().flatMap(a -> a.roles().stream()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(org.griddesk.core.access.Role.values());
        assertThat(DemoData.ACCOUNTS).anyMatch(DemoAccountSpec::canSignForOrganisation);
    }

    @Test
    void applicantsOfAllFourTypesWithValidIdentifiers() {
        JooqApplicantRepository applicants = new JooqApplicantRepository(database.dsl());
        List<Applicant> all = database.dsl().select(APPLICANT.ID).from(APPLICANT)
                .fetch(row -> applicants.findById(row.value1()).orElseThrow());
        assertThat(all).hasSizeGreaterThanOrEqualTo(200);
        assertThat(all.stream().map(Applicant::type).collect(Collectors.toSet())).containsExactlyInAnyOrder(ApplicantType.values());
        for (Applicant applicant : all) {
            // Reparsing from the canonical text proves the control digits.
            switch (applicant.type()) {
                case INDIVIDUAL, PROXY -> Snils.parse(applicant.snils().formatted());
                case SOLE_PROPRIETOR -> {
                    Inn.parse(applicant.inn().value());
                    Ogrnip.parse(applicant.ogrnip().value());
                }
                case LEGAL_ENTITY -> {
                    assertThat(Inn.parse(applicant.inn().value()).isLegalEntity()).isTrue();
                    Ogrn.parse(applicant.ogrn().value());
                    Kpp.parse(applicant.kpp().value());
                    assertThat(applicant.organisationShortName()).isNotBlank();
                }
            }
            assertThat(applicant.person().lastName()).matches("[А-ЯЁ][а-яё]+");
        }
    }

    @Test
    void casesInEveryDictionaryStatusWithFilesMessagesAndNotes() {
        assertThat(database.dsl().fetchCount(APPEAL)).isGreaterThanOrEqualTo(500);
        Set<String> statuses = Set.copyOf(database.dsl().selectDistinct(APPEAL.STATUS).from(APPEAL).fetch(APPEAL.STATUS));
        assertThat(statuses).containsAll(CaseStatuses.SEEDED);
        Set<String> itemTypes = Set.copyOf(database.dsl().selectDistinct(TIMELINE_ITEM.ITEM_TYPE).from(TIMELINE_ITEM)
                .fetch(TIMELINE_ITEM.ITEM_TYPE));
        assertThat(itemTypes).containsExactlyInAnyOrder("DOCUMENT", "MESSAGE", "STATUS_NOTE");
        assertThat(database.dsl().fetchCount(TIMELINE_ITEM, TIMELINE_ITEM.REQUIRES_TWO_SIDED_SIGNATURE.isTrue())).isPositive();
    }

    @Test
    void attachedFilesAreRealPdfsMatchingTheirHash() throws Exception {
        JooqDocumentStore store = new JooqDocumentStore(database.dsl(), Clock.systemUTC());
        var contents = database.dsl().selectFrom(DOCUMENT_CONTENT).limit(5).fetch();
        assertThat(contents).isNotEmpty();
        for (var content : contents) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            store.copyTo(content.getId(), bytes);
            assertThat(new String(bytes.toByteArray(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes.toByteArray())))
                    .isEqualTo(content.getSha256());
        }
        assertThat(database.dsl().fetchCount(DOCUMENT_CHUNK)).isEqualTo(database.dsl().fetchCount(DOCUMENT_CONTENT));
    }
}
