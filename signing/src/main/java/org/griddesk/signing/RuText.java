package org.griddesk.signing;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.ZoneId;

import javax.security.auth.x500.X500Principal;

import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.griddesk.core.common.TimeText;

/** Russian formatting of times and certificates for messages and reports. */
final class RuText {
    private RuText() {
    }

    /** The workstation's time with its zone named, e.g. «02.12.2026 14:05:00 (UTC+03:00, Москва)». */
    static String dateTime(Instant instant) {
        return TimeText.withZone(instant, ZoneId.systemDefault());
    }

    /** The common name of a distinguished name, or the whole name when it has none. */
    static String name(X500Principal principal) {
        RDN[] common = X500Name.getInstance(principal.getEncoded()).getRDNs(BCStyle.CN);
        return common.length > 0 ? IETFUtils.valueToString(common[0].getFirst().getValue()) : principal.getName();
    }

    /** Owner and serial number: enough for an operator to find the certificate in a list. */
    static String certificate(X509Certificate certificate) {
        return "«" + SignerIdentity.of(certificate).displayName() + "» (серийный номер "
                + certificate.getSerialNumber().toString(16) + ")";
    }
}
