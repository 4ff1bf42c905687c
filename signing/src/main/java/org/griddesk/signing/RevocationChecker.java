package org.griddesk.signing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CRL;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.griddesk.signing.VerificationReport.Aspect;
import org.griddesk.signing.VerificationReport.Check;

/**
 * Revocation from configured CRL files. Without a current CRL signed by the issuer the answer is
 * "not checked" (UNKNOWN), never "good".
 */
final class RevocationChecker {
    private final List<X509CRL> crls = new ArrayList<>();
    private final List<String> unreadable = new ArrayList<>();

    RevocationChecker(List<Path> crlFiles) {
        for (Path file : crlFiles) {
            load(file);
        }
    }

    List<X509CRL> crls() {
        return List.copyOf(crls);
    }

    /** Some certificate of the chain is on its issuer's current CRL, revoked after {@code signingTime} only. */
    boolean revokedOnlyAfter(List<X509Certificate> chain, Instant signingTime) {
        for (int i = 0; i + 1 < chain.size(); i++) {
            X509Certificate certificate = chain.get(i);
            X509Certificate issuer = chain.get(i + 1);
            boolean after = crls.stream().filter(crl -> IssuerSignatures.signedBy(crl, issuer))
                    .map(crl -> crl.getRevokedCertificate(certificate.getSerialNumber()))
                    .anyMatch(entry -> entry != null && entry.getRevocationDate().toInstant().isAfter(signingTime));
            if (after) {
                return true;
            }
        }
        return false;
    }

    /** Checks every certificate of the chain except the root. */
    Check check(List<X509Certificate> chain, Instant signingTime, Instant now) {
        Verdict status = Verdict.VALID;
        List<String> texts = new ArrayList<>();
        for (int i = 0; i + 1 < chain.size(); i++) {
            Check one = checkOne(chain.get(i), chain.get(i + 1), signingTime, now);
            status = status.worse(one.status());
            texts.add(one.text());
        }
        if (status != Verdict.VALID && !unreadable.isEmpty()) {
            texts.add("не удалось прочитать: " + String.join("; ", unreadable));
        }
        return new Check(Aspect.REVOCATION, status, String.join("; ", texts));
    }

    private Check checkOne(X509Certificate certificate, X509Certificate issuer, Instant signingTime, Instant now) {
        String issuerName = "«" + SignerIdentity.of(issuer).displayName() + "»";
        Optional<X509CRL> latest = crls.stream().filter(crl -> IssuerSignatures.signedBy(crl, issuer))
                .max(Comparator.comparing(X509CRL::getThisUpdate));
        if (latest.isEmpty()) {
            return check(Verdict.UNKNOWN, "нет списка отзыва (CRL) издателя " + issuerName
                    + ", отзыв сертификата " + RuText.certificate(certificate) + " не проверен");
        }
        X509CRL crl = latest.get();
        if (crl.getNextUpdate() != null && crl.getNextUpdate().toInstant().isBefore(now)) {
            return check(Verdict.UNKNOWN, "список отзыва издателя " + issuerName + " устарел: следующий ожидался "
                    + RuText.dateTime(crl.getNextUpdate().toInstant()) + ", отзыв не проверен");
        }
        X509CRLEntry entry = crl.getRevokedCertificate(certificate.getSerialNumber());
        if (entry == null) {
            return check(Verdict.VALID, "сертификат " + RuText.certificate(certificate)
                    + " не отозван (список отзыва от " + RuText.dateTime(crl.getThisUpdate().toInstant()) + ")");
        }
        Instant revoked = entry.getRevocationDate().toInstant();
        if (!revoked.isAfter(signingTime)) {
            return check(Verdict.INVALID, "сертификат " + RuText.certificate(certificate) + " отозван "
                    + RuText.dateTime(revoked) + ", до подписания");
        }
        return check(Verdict.VALID, "сертификат " + RuText.certificate(certificate) + " отозван "
                + RuText.dateTime(revoked) + ", после подписания; на момент подписания он действовал");
    }

    private static Check check(Verdict status, String text) {
        return new Check(Aspect.REVOCATION, status, text);
    }

    private void load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            for (CRL crl : CertificateFactory.getInstance("X.509", GostAlgorithm.provider()).generateCRLs(in)) {
                crls.add((X509CRL) crl);
            }
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            unreadable.add("файл списка отзыва " + file.getFileName());
        }
    }
}
