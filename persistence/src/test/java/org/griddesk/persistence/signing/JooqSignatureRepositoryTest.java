package org.griddesk.persistence.signing;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Random;
import org.griddesk.core.cases.CaseKind;
import org.griddesk.core.cases.DocumentItem;
import org.griddesk.core.cases.NewCase;
import org.griddesk.core.cases.Side;
import org.griddesk.core.cases.StoredContent;
import org.griddesk.core.common.DomainException;
import org.griddesk.core.common.ValidationException;
import org.griddesk.core.signing.DocumentSignature;
import org.griddesk.core.signing.SignerDetails;
import org.griddesk.persistence.applicants.JooqApplicantRepository;
import org.griddesk.persistence.cases.JooqCaseRepository;
import org.griddesk.persistence.cases.JooqDocumentStore;
import org.griddesk.persistence.database.Database;
import org.griddesk.persistence.testing.TestData;
import org.griddesk.persistence.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JooqSignatureRepositoryTest {
    private static final Instant AT = Instant.parse("2026-11-20T10:00:00Z");
    private static final SignerDetails CERTIFICATE = new SignerDetails("Петров Алексей Николаевич", "АО «Сетевая компания»",
            "500100732259", "7707083893", "1027700132195", null, "04911480449", "1A2B", "CN=Тестовый УЦ",
            AT.minusSeconds(3600), AT.plusSeconds(3600));

    private record Fixture(Database database, JooqCaseRepository cases, JooqSignatureRepository signatures, long caseId,
                           long documentId, JooqDocumentStore store, long contentId) implements AutoCloseable {
        @Override
        public void close() {
            database.close();
        }
    }

    private static Fixture fixture(TestDatabase vendor, byte[] content) {
        Database database = vendor.open();
        JooqCaseRepository cases = new JooqCaseRepository(database.dsl(), ZoneOffset.UTC);
        JooqDocumentStore store = new JooqDocumentStore(database.dsl(), Clock.systemUTC());
        long applicant = new JooqApplicantRepository(database.dsl()).create(TestData.individual("Лебедева", new Random(3)));
        long caseId = cases.create(new NewCase(applicant, CaseKind.APPLICATION, "Заявка", AT));
        StoredContent stored = store.store(new ByteArrayInputStream(content), Long.MAX_VALUE);
        long documentId = cases.addItem(caseId, new DocumentItem(0, Side.ORGANISATION, AT, "Иванова", "Оферта", "offer.pdf",
                stored.size(), stored.sha256(), null, stored.contentId(), true));
        return new Fixture(database, cases, new JooqSignatureRepository(database.dsl()), caseId, documentId, store,
                stored.contentId());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void keepsQualifiedAndSimpleSignaturesWithTheirDetails(TestDatabase vendor) {
        try (Fixture f = fixture(vendor, "оферта".getBytes())) {
            DocumentSignature organisation = DocumentSignature.qualified(f.documentId(), Side.ORGANISATION, AT, CERTIFICATE, null);
            long id = f.signatures().add(organisation, new byte[]{48, 1, 2});
            DocumentSignature rejected = DocumentSignature.simple(f.documentId(), AT.plusSeconds(5), "Лебедева Анна",
                    "+79990000000", "ab".repeat(32), "не тот телефон");
            long rejectedId = f.signatures().add(rejected, null);

            assertThat(f.signatures().find(id)).contains(organisation.withId(id));
            assertThat(f.signatures().cms(id)).hasValueSatisfying(cms -> assertThat(cms).containsExactly(48, 1, 2));
            assertThat(f.signatures().cms(rejectedId)).isEmpty();
            assertThat(f.signatures().forDocument(f.documentId())).containsExactly(organisation.withId(id), rejected.withId(rejectedId));
            assertThat(f.signatures().forCase(f.caseId())).containsOnlyKeys(f.documentId());
            assertThat(f.signatures().forCase(f.caseId() + 1)).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void eachSideSignsOnceButRejectedAttemptsMayRepeat(TestDatabase vendor) {
        try (Fixture f = fixture(vendor, "оферта".getBytes())) {
            f.signatures().add(DocumentSignature.qualified(f.documentId(), Side.ORGANISATION, AT, CERTIFICATE, null), new byte[]{1});
            assertThatThrownBy(() -> f.signatures().add(
                    DocumentSignature.qualified(f.documentId(), Side.ORGANISATION, AT, CERTIFICATE, null), new byte[]{2}))
                    .isInstanceOf(ValidationException.class);
            f.signatures().add(DocumentSignature.qualified(f.documentId(), Side.APPLICANT, AT, CERTIFICATE, "ИНН не совпадает"), new byte[]{3});
            f.signatures().add(DocumentSignature.qualified(f.documentId(), Side.APPLICANT, AT, CERTIFICATE, "ИНН не совпадает"), new byte[]{4});
            assertThat(f.signatures().forDocument(f.documentId())).hasSize(3);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aSignedDocumentCannotBeDeleted(TestDatabase vendor) {
        try (Fixture f = fixture(vendor, "оферта".getBytes())) {
            f.signatures().add(DocumentSignature.qualified(f.documentId(), Side.ORGANISATION, AT, CERTIFICATE, null), new byte[]{1});
            assertThatThrownBy(() -> f.database().dsl().transaction(() -> f.cases().deleteItem(f.caseId(), f.documentId(), AT)))
                    .isInstanceOf(DomainException.class).hasMessage("Подписанный документ удалить нельзя");
            assertThat(f.cases().findItem(f.caseId(), f.documentId())).isPresent();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void documentBytesStreamPieceByPieceForSigning(TestDatabase vendor) throws Exception {
        byte[] content = new byte[3 * 1024 * 1024 + 5];
        new Random(9).nextBytes(content);
        try (Fixture f = fixture(vendor, content); InputStream in = f.store().open(f.contentId())) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
        try (Fixture f = fixture(vendor, new byte[0]); InputStream in = f.store().open(f.contentId())) {
            assertThat(in.read()).isEqualTo(-1);
        }
    }
}
