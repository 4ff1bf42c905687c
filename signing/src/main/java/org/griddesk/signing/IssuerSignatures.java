package org.griddesk.signing;

import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;

import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.operator.ContentVerifierProvider;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;

/** Checks an issuer's signature on a CRL through BouncyCastle, whatever parsed it. */
final class IssuerSignatures {
    private IssuerSignatures() {
    }

    static boolean signedBy(X509CRL crl, X509Certificate issuer) {
        if (!crl.getIssuerX500Principal().equals(issuer.getSubjectX500Principal())) {
            return false;
        }
        try {
            return new X509CRLHolder(crl.getEncoded()).isSignatureValid(verifier(issuer));
        } catch (Exception e) {
            return false;
        }
    }

    private static ContentVerifierProvider verifier(X509Certificate issuer) throws Exception {
        return new JcaContentVerifierProviderBuilder().setProvider(GostAlgorithm.provider())
                .build(SignatureFile.holder(issuer));
    }
}
