package org.griddesk.signing;

import java.io.InputStream;
import java.util.function.Supplier;
import org.griddesk.core.signing.CheckedSignature;
import org.griddesk.core.signing.QualifiedSignatureChecker;
import org.griddesk.signing.SignatureVerifier;
import org.griddesk.signing.TrustSettings;
import org.griddesk.signing.Verdict;
import org.griddesk.signing.VerificationReport;

/** The core's verification port over the signing module, with the trust settings read anew for each check. */
public final class CmsSignatureChecker implements QualifiedSignatureChecker {
    private final Supplier<TrustSettings> trust;

    public CmsSignatureChecker(Supplier<TrustSettings> trust) {
        this.trust = trust;
    }

    @Override
    public CheckedSignature check(InputStream document, byte[] cms) {
        VerificationReport report = new SignatureVerifier(trust.get()).verify(document, cms);
        return new CheckedSignature(report.verdict() == Verdict.VALID, verdictText(report),
                report.signerCertificate().map(Certificates::details).orElse(null),
                report.signingTime().orElse(null), report.lines());
    }

    /** The verdict with the first check that spoiled it, e.g. "Подпись недействительна: документ изменён…". */
    private static String verdictText(VerificationReport report) {
        return report.checks().stream()
                .filter(check -> check.status() != Verdict.VALID)
                .findFirst()
                .map(check -> report.verdict().title() + ": " + check.text())
                .orElse(report.verdict().title());
    }
}
