package org.griddesk.signing;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Optional;

/** Certificate rules shared by signing and verification; each problem is a Russian sentence. */
final class CertificateChecks {
    private static final int DIGITAL_SIGNATURE = 0;
    private static final int NON_REPUDIATION = 1;

    private CertificateChecks() {
    }

    static Optional<String> validityProblem(X509Certificate certificate, Instant at) {
        Instant notBefore = certificate.getNotBefore().toInstant();
        Instant notAfter = certificate.getNotAfter().toInstant();
        if (at.isBefore(notBefore)) {
            return Optional.of("Сертификат " + RuText.certificate(certificate) + " ещё не действовал на "
                    + RuText.dateTime(at) + ": срок действия начинается " + RuText.dateTime(notBefore));
        }
        if (at.isAfter(notAfter)) {
            return Optional.of("Срок действия сертификата " + RuText.certificate(certificate) + " истёк "
                    + RuText.dateTime(notAfter) + ", до момента " + RuText.dateTime(at));
        }
        return Optional.empty();
    }

    /** RFC 5280: no keyUsage extension means no restriction; otherwise a signing bit must be set. */
    static Optional<String> keyUsageProblem(X509Certificate certificate) {
        boolean[] usage = certificate.getKeyUsage();
        if (usage == null || bit(usage, DIGITAL_SIGNATURE) || bit(usage, NON_REPUDIATION)) {
            return Optional.empty();
        }
        return Optional.of("Сертификат " + RuText.certificate(certificate)
                + " не предназначен для электронной подписи: в расширении «Использование ключа» нет "
                + "«Цифровая подпись» (digitalSignature) и «Неотрекаемость» (nonRepudiation)");
    }

    private static boolean bit(boolean[] usage, int index) {
        return usage.length > index && usage[index];
    }
}
