package org.griddesk.signing.demo;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;

import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.DERBMPString;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.pkcs.PKCS12PfxPduBuilder;
import org.bouncycastle.pkcs.PKCS12SafeBagBuilder;
import org.bouncycastle.pkcs.PKCSException;
import org.bouncycastle.pkcs.jcajce.JcaPKCS12SafeBagBuilder;
import org.bouncycastle.pkcs.jcajce.JcePKCS12MacCalculatorBuilder;
import org.bouncycastle.pkcs.jcajce.JcePKCSPBEOutputEncryptorBuilder;
import org.griddesk.signing.GostAlgorithm;

/** Writes a PKCS#12 file for a {@link TestIdentity}. */
final class Pkcs12Writer {
    private static final int ITERATIONS = 2048;

    private Pkcs12Writer() {
    }

    static byte[] write(TestIdentity identity, char[] password) throws IOException {
        try {
            SubjectKeyIdentifier keyId = new JcaX509ExtensionUtils()
                    .createSubjectKeyIdentifier(identity.certificate().getPublicKey());
            PKCS12PfxPduBuilder pfx = new PKCS12PfxPduBuilder();
            for (X509Certificate certificate : identity.chain()) {
                PKCS12SafeBagBuilder bag = new JcaPKCS12SafeBagBuilder(certificate);
                if (certificate.equals(identity.certificate())) {
                    bag.addBagAttribute(PKCSObjectIdentifiers.pkcs_9_at_friendlyName, new DERBMPString(identity.alias()));
                    bag.addBagAttribute(PKCSObjectIdentifiers.pkcs_9_at_localKeyId, keyId);
                }
                pfx.addData(bag.build());
            }
            PKCS12SafeBagBuilder keyBag = new JcaPKCS12SafeBagBuilder(identity.keyPair().getPrivate(),
                    new JcePKCSPBEOutputEncryptorBuilder(NISTObjectIdentifiers.id_aes256_CBC)
                            .setPRF(new AlgorithmIdentifier(PKCSObjectIdentifiers.id_hmacWithSHA256, DERNull.INSTANCE))
                            .setIterationCount(ITERATIONS).setProvider(GostAlgorithm.provider()).build(password));
            keyBag.addBagAttribute(PKCSObjectIdentifiers.pkcs_9_at_friendlyName, new DERBMPString(identity.alias()));
            keyBag.addBagAttribute(PKCSObjectIdentifiers.pkcs_9_at_localKeyId, keyId);
            pfx.addData(keyBag.build());
            return pfx.build(new JcePKCS12MacCalculatorBuilder(NISTObjectIdentifiers.id_sha256)
                    .setIterationCount(ITERATIONS).setProvider(GostAlgorithm.provider()), password)
                    .getEncoded(ASN1Encoding.DER);
        } catch (GeneralSecurityException | OperatorCreationException | PKCSException e) {
            throw new IOException("cannot write PKCS#12 for " + identity.alias(), e);
        }
    }
}
