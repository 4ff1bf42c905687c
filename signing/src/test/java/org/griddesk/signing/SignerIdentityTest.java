package org.griddesk.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.griddesk.signing.Fixtures.NOW;
import static org.griddesk.signing.Fixtures.PKI;

import org.bouncycastle.asn1.DERNumericString;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.griddesk.core.applicants.Inn;
import org.griddesk.core.applicants.Ogrn;
import org.griddesk.core.applicants.Ogrnip;
import org.griddesk.core.applicants.Snils;
import org.griddesk.signing.demo.TestPki;
import org.junit.jupiter.api.Test;

class SignerIdentityTest {

    @Test
    void readsLegalEntityFields() {
        SignerIdentity identity = SignerIdentity.of(PKI.legalEntity().certificate());

        assertThat(identity.displayName()).isEqualTo("Иванов Иван Иванович");
        assertThat(identity.organisation()).contains("ООО «Ромашка-Энерго»");
        assertThat(identity.title()).contains("Генеральный директор");
        assertThat(identity.organisationInn()).contains(TestPki.LEGAL_ENTITY_INN);
        assertThat(identity.personInn()).contains(TestPki.LEGAL_ENTITY_SIGNER_INN);
        assertThat(identity.ogrn()).contains(TestPki.LEGAL_ENTITY_OGRN);
        assertThat(identity.snils()).contains(TestPki.LEGAL_ENTITY_SIGNER_SNILS);
        assertThat(identity.ogrnip()).isEmpty();
    }

    @Test
    void readsSoleProprietorFields() {
        SignerIdentity identity = SignerIdentity.of(PKI.soleProprietor().certificate());

        assertThat(identity.personInn()).contains(TestPki.SOLE_PROPRIETOR_INN);
        assertThat(identity.organisationInn()).isEmpty();
        assertThat(identity.ogrnip()).contains(TestPki.SOLE_PROPRIETOR_OGRNIP);
        assertThat(identity.describe()).contains("Петрова Мария Сергеевна", "СНИЛС 987-654-320 82");
    }

    @Test
    void fixtureIdentifiersPassCoreControlDigits() {
        new Inn(TestPki.LEGAL_ENTITY_INN);
        new Inn(TestPki.LEGAL_ENTITY_SIGNER_INN);
        new Inn(TestPki.SOLE_PROPRIETOR_INN);
        new Ogrn(TestPki.LEGAL_ENTITY_OGRN);
        new Ogrnip(TestPki.SOLE_PROPRIETOR_OGRNIP);
        new Snils(TestPki.LEGAL_ENTITY_SIGNER_SNILS);
        new Snils(TestPki.SOLE_PROPRIETOR_SNILS);
    }

    @Test
    void matchesApplicantOnlyByTheRightIdentifiers() {
        SignerIdentity company = SignerIdentity.of(PKI.legalEntity().certificate());
        SignerIdentity proprietor = SignerIdentity.of(PKI.soleProprietor().certificate());

        assertThat(company.namesApplicant(TestPki.LEGAL_ENTITY_INN, TestPki.LEGAL_ENTITY_OGRN)).isTrue();
        assertThat(company.namesApplicant(TestPki.LEGAL_ENTITY_INN, "1027700132195")).isFalse();
        assertThat(company.namesApplicant("7707083893", TestPki.LEGAL_ENTITY_OGRN)).isFalse();
        assertThat(proprietor.namesApplicant(TestPki.SOLE_PROPRIETOR_INN, TestPki.SOLE_PROPRIETOR_OGRNIP)).isTrue();
        assertThat(proprietor.namesApplicant(TestPki.LEGAL_ENTITY_INN, TestPki.SOLE_PROPRIETOR_OGRNIP)).isFalse();
    }

    @Test
    void olderCertificatesPutOrganisationInnWithLeadingZerosInInnField() {
        var subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, "АО «Сеть»")
                .addRDN(QualifiedOids.INN, new DERNumericString("00" + TestPki.LEGAL_ENTITY_INN)).build();
        var certificate = PKI.issue("old", GostAlgorithm.GOST_2012_256.defaultParamSet(), subject,
                NOW.minusSeconds(60), NOW.plusSeconds(3600), TestPki.SIGNING_KEY_USAGE).certificate();

        SignerIdentity identity = SignerIdentity.of(certificate);

        assertThat(identity.organisationInn()).contains(TestPki.LEGAL_ENTITY_INN);
        assertThat(identity.personInn()).isEmpty();
        assertThat(identity.displayName()).isEqualTo("АО «Сеть»");
    }
}
