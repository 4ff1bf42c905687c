package org.griddesk.signing;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The result of checking one detached signature: an overall verdict (the worst of the checks) and
 * Russian lines an operator can read, plus the signer certificate for matching against the applicant.
 */
public record VerificationReport(
        Verdict verdict,
        List<Check> checks,
        Optional<X509Certificate> signerCertificate,
        Optional<Instant> signingTime) {

    /** What a check is about, with its Russian heading. */
    public enum Aspect {
        FORMAT("Файл подписи"),
        INTEGRITY("Целостность документа"),
        SIGNER("Подписант"),
        SIGNING_TIME("Время подписания"),
        CERTIFICATE("Действие сертификата"),
        CHAIN("Цепочка сертификатов"),
        REVOCATION("Отзыв сертификата");

        private final String title;

        Aspect(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    public record Check(Aspect aspect, Verdict status, String text) {
        public String line() {
            return aspect.title() + ": " + text;
        }
    }

    public VerificationReport {
        checks = List.copyOf(checks);
    }

    static VerificationReport of(List<Check> checks, X509Certificate signer, Instant signingTime) {
        Verdict verdict = checks.isEmpty() ? Verdict.UNKNOWN : Verdict.VALID;
        for (Check check : checks) {
            verdict = verdict.worse(check.status());
        }
        return new VerificationReport(verdict, checks, Optional.ofNullable(signer), Optional.ofNullable(signingTime));
    }

    public Optional<SignerIdentity> signer() {
        return signerCertificate.map(SignerIdentity::of);
    }

    public Optional<Check> check(Aspect aspect) {
        return checks.stream().filter(c -> c.aspect() == aspect).findFirst();
    }

    public List<String> lines() {
        return checks.stream().map(Check::line).toList();
    }

    /** The verdict followed by every line, for a text report or a log. */
    public String toText() {
        return verdict.title() + System.lineSeparator() + String.join(System.lineSeparator(), lines());
    }
}
