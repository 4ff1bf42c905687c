package org.griddesk.signing.demo;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.bouncycastle.asn1.DERNumericString;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.griddesk.signing.GostAlgorithm;
import org.griddesk.signing.QualifiedOids;
import org.griddesk.signing.trust.TrustConfiguration;

/**
 * A throw-away GOST R 34.10-2012 PKI for tests and demonstrations (SIGNING.md): a root CA (with an intermediate
 * issuing CA under it, as real accredited centres work, when made by {@link #createWithIntermediate}), qualified
 * certificates of a legal entity (256 bit) and a sole proprietor (512 bit), and the broken cases —
 * expired, not yet valid, wrong key usage, revoked — with a CRL. Identifiers are fictional but pass
 * the control-digit checks. Nothing here is trusted outside tests.
 */
public final class TestPki {
    public static final String LEGAL_ENTITY_INN = "7701999993";
    public static final String LEGAL_ENTITY_OGRN = "1027700999996";
    public static final String LEGAL_ENTITY_SIGNER_INN = "770199999869";
    public static final String LEGAL_ENTITY_SIGNER_SNILS = "12345678863";
    public static final String SOLE_PROPRIETOR_INN = "500199999731";
    public static final String SOLE_PROPRIETOR_OGRNIP = "319500199999990";
    public static final String SOLE_PROPRIETOR_SNILS = "98765432082";
    public static final int SIGNING_KEY_USAGE = KeyUsage.digitalSignature | KeyUsage.nonRepudiation;

    private static final Duration DAY = Duration.ofDays(1);
    private static final Duration YEAR = Duration.ofDays(365);

    private final Instant now;
    private final TestIdentity root;
    /** Who issues the end-entity certificates: the root itself, or an intermediate CA under it. */
    private final TestIdentity issuing;
    private final TestIdentity legalEntity;
    private final TestIdentity soleProprietor;
    private final TestIdentity expired;
    private final TestIdentity notYetValid;
    private final TestIdentity wrongKeyUsage;
    private final TestIdentity revoked;
    private final X509CRL crl;
    private final X509CRL rootCrl;

    private TestPki(String rootName, Instant now, boolean throughIntermediate) throws GeneralSecurityException {
        this.now = now;
        KeyPair rootKeys = CertificateFactoryKit.keyPair(GostAlgorithm.GOST_2012_256.defaultParamSet());
        X500Name rootSubject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "RU")
                .addRDN(BCStyle.O, TrustConfiguration.DEMO_ORGANISATION).addRDN(BCStyle.CN, rootName).build();
        X509Certificate rootCertificate = CertificateFactoryKit.selfSignedRoot(rootSubject, rootKeys,
                now.minus(YEAR.multipliedBy(5)), now.plus(YEAR.multipliedBy(10)));
        root = new TestIdentity("root", rootKeys, rootCertificate, List.of(rootCertificate));
        issuing = throughIntermediate ? issueCa("intermediate", rootName + " — выпускающий центр",
                KeyUsage.keyCertSign | KeyUsage.cRLSign, 0, false, root) : root;
        Instant from = now.minus(YEAR);
        Instant to = now.plus(YEAR);
        legalEntity = issue("legal-entity", GostAlgorithm.GOST_2012_256.defaultParamSet(), legalEntitySubject(),
                from, to, SIGNING_KEY_USAGE);
        soleProprietor = issue("sole-proprietor", GostAlgorithm.GOST_2012_512.defaultParamSet(),
                soleProprietorSubject(), from, to, SIGNING_KEY_USAGE);
        expired = issue("expired", GostAlgorithm.GOST_2012_256.defaultParamSet(), legalEntitySubject(),
                now.minus(YEAR.multipliedBy(2)), now.minus(YEAR), SIGNING_KEY_USAGE);
        notYetValid = issue("not-yet-valid", GostAlgorithm.GOST_2012_256.defaultParamSet(), legalEntitySubject(),
                now.plus(DAY), now.plus(YEAR), SIGNING_KEY_USAGE);
        wrongKeyUsage = issue("wrong-key-usage", GostAlgorithm.GOST_2012_256.defaultParamSet(), legalEntitySubject(),
                from, to, KeyUsage.keyEncipherment | KeyUsage.keyAgreement);
        revoked = issue("revoked", GostAlgorithm.GOST_2012_256.defaultParamSet(), legalEntitySubject(), from, to,
                SIGNING_KEY_USAGE);
        crl = crl(now.minus(DAY), now.plus(Duration.ofDays(30)),
                Map.of(revoked.certificate().getSerialNumber(), revocationTime()));
        rootCrl = crlOf(root, now.minus(DAY), now.plus(Duration.ofDays(30)), Map.of());
    }

    public static TestPki create(Instant now) {
        return create("Тестовый УЦ GridDesk", now);
    }

    /** A separate PKI; give another root name to model an untrusted CA. */
    public static TestPki create(String rootName, Instant now) {
        return create(rootName, now, false);
    }

    /**
     * As real qualified certificates are issued: root → intermediate CA of an accredited centre → signer. Each
     * CA has its CRL: {@link #crl()} the intermediate's, {@link #rootCrl()} the root's.
     */
    public static TestPki createWithIntermediate(String rootName, Instant now) {
        return create(rootName, now, true);
    }

    private static TestPki create(String rootName, Instant now, boolean throughIntermediate) {
        try {
            return new TestPki(rootName, now, throughIntermediate);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot generate the test PKI", e);
        }
    }

    /** Issues a certificate from the issuing CA; paramSet is a BouncyCastle GOST 2012 curve name. */
    public TestIdentity issue(String alias, String paramSet, X500Name subject, Instant notBefore, Instant notAfter,
            int keyUsage) {
        return issueFrom(issuing, alias, paramSet, subject, notBefore, notAfter, keyUsage);
    }

    /** Issues an end-entity certificate from {@code ca}; the chain runs up to this PKI's root. */
    public TestIdentity issueFrom(TestIdentity ca, String alias, String paramSet, X500Name subject, Instant notBefore,
            Instant notAfter, int keyUsage) {
        try {
            KeyPair keys = CertificateFactoryKit.keyPair(paramSet);
            X509Certificate certificate = CertificateFactoryKit.endEntity(subject, keys, notBefore, notAfter,
                    keyUsage, ca);
            List<X509Certificate> chain = new ArrayList<>(List.of(certificate));
            chain.addAll(ca.chain());
            return new TestIdentity(alias, keys, certificate, chain);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot issue " + alias, e);
        }
    }

    /**
     * A CA certificate under {@code parent}, valid as long as the root: {@code keyUsage} keyCertSign | cRLSign for a
     * proper one, {@code pathLength} null for no limit, optionally with an unknown critical extension.
     */
    public TestIdentity issueCa(String alias, String commonName, int keyUsage, Integer pathLength,
            boolean unknownCriticalExtension, TestIdentity parent) {
        try {
            KeyPair keys = CertificateFactoryKit.keyPair(GostAlgorithm.GOST_2012_256.defaultParamSet());
            X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "RU")
                    .addRDN(BCStyle.O, TrustConfiguration.DEMO_ORGANISATION).addRDN(BCStyle.CN, commonName).build();
            X509Certificate certificate = CertificateFactoryKit.intermediate(subject, keys, now.minus(YEAR.multipliedBy(3)),
                    now.plus(YEAR.multipliedBy(5)), keyUsage, pathLength, unknownCriticalExtension, parent);
            List<X509Certificate> chain = new ArrayList<>(List.of(certificate));
            chain.addAll(parent.chain());
            return new TestIdentity(alias, keys, certificate, chain);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot issue " + alias, e);
        }
    }

    /** A CRL signed by the issuing CA listing {@code revokedAt} (serial → revocation time). */
    public X509CRL crl(Instant thisUpdate, Instant nextUpdate, Map<BigInteger, Instant> revokedAt) {
        return crlOf(issuing, thisUpdate, nextUpdate, revokedAt);
    }

    /** A CRL of {@code ca}, signed by it. */
    public X509CRL crlOf(TestIdentity ca, Instant thisUpdate, Instant nextUpdate, Map<BigInteger, Instant> revokedAt) {
        return forgedCrlOf(ca, ca.keyPair(), thisUpdate, nextUpdate, revokedAt);
    }

    /** A CRL in {@code ca}'s name signed with {@code signingKeys}: a forgery unless they are its own. */
    public X509CRL forgedCrlOf(TestIdentity ca, KeyPair signingKeys, Instant thisUpdate, Instant nextUpdate,
            Map<BigInteger, Instant> revokedAt) {
        try {
            return CertificateFactoryKit.crl(ca, signingKeys, thisUpdate, nextUpdate, revokedAt);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot issue a CRL", e);
        }
    }

    public static X500Name legalEntitySubject() {
        return new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.C, "RU").addRDN(BCStyle.ST, "77 г. Москва").addRDN(BCStyle.L, "Москва")
                .addRDN(BCStyle.O, "ООО «Ромашка-Энерго»").addRDN(BCStyle.CN, "ООО «Ромашка-Энерго»")
                .addRDN(BCStyle.T, "Генеральный директор")
                .addRDN(BCStyle.SURNAME, "Иванов").addRDN(BCStyle.GIVENNAME, "Иван Иванович")
                .addRDN(QualifiedOids.INN_LE, new DERNumericString(LEGAL_ENTITY_INN))
                .addRDN(QualifiedOids.OGRN, new DERNumericString(LEGAL_ENTITY_OGRN))
                .addRDN(QualifiedOids.INN, new DERNumericString(LEGAL_ENTITY_SIGNER_INN))
                .addRDN(QualifiedOids.SNILS, new DERNumericString(LEGAL_ENTITY_SIGNER_SNILS))
                .build();
    }

    public static X500Name soleProprietorSubject() {
        return new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.C, "RU").addRDN(BCStyle.ST, "50 Московская область").addRDN(BCStyle.L, "Химки")
                .addRDN(BCStyle.CN, "Индивидуальный предприниматель Петрова Мария Сергеевна")
                .addRDN(BCStyle.SURNAME, "Петрова").addRDN(BCStyle.GIVENNAME, "Мария Сергеевна")
                .addRDN(QualifiedOids.INN, new DERNumericString(SOLE_PROPRIETOR_INN))
                .addRDN(QualifiedOids.OGRNIP, new DERNumericString(SOLE_PROPRIETOR_OGRNIP))
                .addRDN(QualifiedOids.SNILS, new DERNumericString(SOLE_PROPRIETOR_SNILS))
                .build();
    }

    public Instant now() {
        return now;
    }

    /** When {@link #revoked()} was revoked: ten days before {@link #now()}. */
    public Instant revocationTime() {
        return now.minus(DAY.multipliedBy(10));
    }

    public TestIdentity root() {
        return root;
    }

    /** The CA that issues this PKI's end-entity certificates: the intermediate, or the root without one. */
    public TestIdentity issuing() {
        return issuing;
    }

    /** The root's current CRL (no entries): with an intermediate, both CRLs are needed for a verdict. */
    public X509CRL rootCrl() {
        return rootCrl;
    }

    public TestIdentity legalEntity() {
        return legalEntity;
    }

    public TestIdentity soleProprietor() {
        return soleProprietor;
    }

    public TestIdentity expired() {
        return expired;
    }

    public TestIdentity notYetValid() {
        return notYetValid;
    }

    public TestIdentity wrongKeyUsage() {
        return wrongKeyUsage;
    }

    public TestIdentity revoked() {
        return revoked;
    }

    /** The issuing CA's current CRL (issued yesterday, next in 30 days) listing {@link #revoked()}. */
    public X509CRL crl() {
        return crl;
    }
}
