package org.griddesk.signing;

import java.security.cert.X509Certificate;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.griddesk.core.signing.SignerDetails;
import org.griddesk.signing.SignerIdentity;

/** What the core keeps of a qualified certificate: the names and identifiers of its subject, and its issuer. */
public final class Certificates {
    private Certificates() {
    }

    public static SignerDetails details(X509Certificate certificate) {
        SignerIdentity subject = SignerIdentity.of(certificate);
        return new SignerDetails(subject.displayName(), subject.organisation().orElse(null),
                subject.personInn().orElse(null), subject.organisationInn().orElse(null), subject.ogrn().orElse(null),
                subject.ogrnip().orElse(null), subject.snils().orElse(null), certificate.getSerialNumber().toString(16),
                issuerName(certificate), certificate.getNotBefore().toInstant(), certificate.getNotAfter().toInstant());
    }

    /** The issuer's common name (organisation if there is none): enough for a clerk to recognise the CA. */
    static String issuerName(X509Certificate certificate) {
        X500Name issuer = X500Name.getInstance(certificate.getIssuerX500Principal().getEncoded());
        for (var attribute : new org.bouncycastle.asn1.ASN1ObjectIdentifier[]{BCStyle.CN, BCStyle.O}) {
            RDN[] found = issuer.getRDNs(attribute);
            if (found.length > 0) {
                return IETFUtils.valueToString(found[0].getFirst().getValue());
            }
        }
        return issuer.toString();
    }
}
