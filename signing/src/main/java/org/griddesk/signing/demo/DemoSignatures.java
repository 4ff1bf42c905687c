package org.griddesk.signing.demo;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.bouncycastle.asn1.DERNumericString;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.griddesk.signing.keys.KeyOrganisationSigner;
import org.griddesk.core.applicants.Applicant;
import org.griddesk.core.applicants.ValidIdentifiers;
import org.griddesk.core.cases.CaseCard;
import org.griddesk.core.cases.CaseQuery;
import org.griddesk.core.cases.CaseService;
import org.griddesk.core.cases.CaseSortColumn;
import org.griddesk.core.cases.DocumentItem;
import org.griddesk.core.access.Operator;
import org.griddesk.core.signing.DocumentSigningService;
import org.griddesk.signing.CadesSigner;
import org.griddesk.signing.GostAlgorithm;
import org.griddesk.signing.QualifiedOids;
import org.griddesk.signing.SigningException;
import org.griddesk.signing.demo.TestIdentity;
import org.griddesk.signing.demo.TestPki;
import org.griddesk.signing.trust.TrustConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Demo signatures, made with a demo certification authority: the organisation's key (written to
 * {@code $GRIDDESK_HOME/demo-keys} so the "signer" account can sign), its root and CRLs in the demo-only trust
 * folder, and counter-signatures of applicants as the portal would deliver them.
 */
public final class DemoSignatures {
    public static final String KEY_PASSWORD = "12345678";
    static final String CONTRACT_IN_FORCE = "Исполнение договора ТП";
    static final String OFFER_PREPARED = "Подготовка оферты договора";
    private static final Logger LOG = LoggerFactory.getLogger(DemoSignatures.class);

    private final Path home;
    private final CaseService cases;
    private final DocumentSigningService signing;
    private final Clock clock;

    public DemoSignatures(Path home, CaseService cases, DocumentSigningService signing, Clock clock) {
        this.home = home;
        this.cases = cases;
        this.signing = signing;
        this.clock = clock;
    }

    public Path keyFile() {
        return home.resolve("demo-keys").resolve("organisation-signer.pfx");
    }

    /** {@code signer}: an operator with the right to sign; returns how many documents were signed. */
    public int fill(Operator signer) {
        Instant now = clock.instant();
        TestPki pki = TestPki.createWithIntermediate("Демонстрационный УЦ GridDesk", now);
        TestIdentity organisation = pki.issue("organisation", GostAlgorithm.GOST_2012_256.defaultParamSet(),
                organisationSubject(signing.organisationName()), now.minus(Duration.ofDays(200)),
                now.plus(Duration.ofDays(3 * 365)), TestPki.SIGNING_KEY_USAGE);
        writeTrustAndKey(pki, organisation);
        KeyOrganisationSigner organisationKey = new KeyOrganisationSigner(organisation.signingKey(), clock);
        int signed = 0;
        for (long caseId : caseIds(signer, CONTRACT_IN_FORCE)) {
            for (DocumentItem offer : offers(signer, caseId)) {
                signing.signAsOrganisation(signer, caseId, offer.id(), organisationKey);
                counterSign(pki, signer, cases.open(signer, caseId), offer, signed);
                signed++;
            }
        }
        List<Long> prepared = caseIds(signer, OFFER_PREPARED);
        // Half the prepared offers wait for the applicant, half for the organisation's signer.
        for (long caseId : prepared.subList(0, prepared.size() / 2)) {
            for (DocumentItem offer : offers(signer, caseId)) {
                signing.signAsOrganisation(signer, caseId, offer.id(), organisationKey);
                signed++;
            }
        }
        LOG.info("Demo signatures: {} documents signed by the organisation; demo key in {}", signed, keyFile());
        return signed;
    }

    /** Individuals confirm with an SMS code; others sign with their own certificate, one in ten with a wrong one. */
    private void counterSign(TestPki pki, Operator reader, CaseCard card, DocumentItem offer, int index) {
        Applicant applicant = card.applicant();
        Instant at = clock.instant();
        switch (applicant.type()) {
            case INDIVIDUAL, PROXY -> signing.receiveSimpleCounterSignature(card.id(), offer.id(),
                    applicant.phone().value(), at, String.format("%06d", new Random(index).nextInt(1_000_000)));
            case SOLE_PROPRIETOR, LEGAL_ENTITY -> {
                TestIdentity key = index % 10 == 3 ? pki.legalEntity() : pki.issue("applicant-" + applicant.id(),
                        GostAlgorithm.GOST_2012_256.defaultParamSet(), applicantSubject(applicant),
                        at.minus(Duration.ofDays(100)), at.plus(Duration.ofDays(365)), TestPki.SIGNING_KEY_USAGE);
                signing.receiveQualifiedCounterSignature(card.id(), offer.id(), sign(download(reader, offer), key));
            }
        }
    }

    private byte[] sign(byte[] content, TestIdentity key) {
        try {
            return new CadesSigner(clock).sign(new ByteArrayInputStream(content), key.signingKey());
        } catch (SigningException e) {
            throw new IllegalStateException("Cannot make a demo counter-signature", e);
        }
    }

    private byte[] download(Operator reader, DocumentItem offer) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        cases.download(reader, offer, bytes);
        return bytes.toByteArray();
    }

    private List<Long> caseIds(Operator reader, String status) {
        CaseQuery query = new CaseQuery(Set.of(status), null, null, null, null, CaseSortColumn.CREATED, true, 0, 1000);
        return cases.find(reader, query).rows().stream().map(row -> row.id()).toList();
    }

    private List<DocumentItem> offers(Operator signer, long caseId) {
        return cases.open(signer, caseId).timeline().stream()
                .filter(DocumentItem.class::isInstance).map(DocumentItem.class::cast)
                .filter(DocumentItem::requiresTwoSidedSignature)
                .toList();
    }

    private void writeTrustAndKey(TestPki pki, TestIdentity organisation) {
        try {
            Files.createDirectories(keyFile().getParent());
            Path trust = Files.createDirectories(TrustConfiguration.demoFolder(home));
            organisation.writePkcs12(keyFile(), KEY_PASSWORD.toCharArray());
            TestIdentity.writePemObject(trust.resolve("demo-root.pem"), pki.root().certificate());
            // Long-lived, so the demo keeps verifying; a real CRL is renewed by its CA. One per CA of the chain.
            Instant from = clock.instant().minus(Duration.ofDays(1));
            Instant until = clock.instant().plus(Duration.ofDays(3650));
            TestIdentity.writePemObject(trust.resolve("demo-issuing.crl"), pki.crl(from, until,
                    Map.of(pki.revoked().certificate().getSerialNumber(), pki.revocationTime())));
            TestIdentity.writePemObject(trust.resolve("demo-root.crl"), pki.crlOf(pki.root(), from, until, Map.of()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the demo keys and trust settings under " + home, e);
        }
    }

    private static X500Name organisationSubject(String organisationName) {
        Random random = new Random(77);
        return new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.C, "RU").addRDN(BCStyle.L, "Москва")
                .addRDN(BCStyle.O, organisationName).addRDN(BCStyle.CN, organisationName)
                .addRDN(BCStyle.T, "Начальник отдела технологического присоединения")
                .addRDN(BCStyle.SURNAME, "Петров").addRDN(BCStyle.GIVENNAME, "Алексей Николаевич")
                .addRDN(QualifiedOids.INN_LE, new DERNumericString(ValidIdentifiers.inn10(random).value()))
                .addRDN(QualifiedOids.OGRN, new DERNumericString(ValidIdentifiers.ogrn(random).value()))
                .build();
    }

    private static X500Name applicantSubject(Applicant applicant) {
        return ApplicantSubjects.of(applicant.type(), applicant.person(), applicant.organisationShortName(),
                applicant.inn() == null ? null : applicant.inn().value(),
                applicant.ogrn() == null ? null : applicant.ogrn().value(),
                applicant.ogrnip() == null ? null : applicant.ogrnip().value());
    }
}
