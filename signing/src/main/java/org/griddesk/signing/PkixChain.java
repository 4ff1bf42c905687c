package org.griddesk.signing;

import java.security.GeneralSecurityException;
import java.security.cert.CertPath;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertStore;
import java.security.cert.CertificateFactory;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXParameters;
import java.security.cert.PKIXReason;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The signer's certificate path as RFC 5280 sees it: the JDK's {@link CertPathValidator} ("PKIX", BouncyCastle)
 * over signer → intermediate CAs (from the signature file) → a configured root, valid at the signing time, with
 * revocation from the configured CRLs through a {@link CertStore}. What PKIX refuses is told in Russian; an
 * internal failure is "not verifiable", with its cause in the log.
 */
final class PkixChain {
    private static final Logger LOG = LoggerFactory.getLogger(PkixChain.class);
    private static final int MAX_DEPTH = 8;

    private final List<X509Certificate> roots;
    private final List<X509CRL> crls;

    PkixChain(List<X509Certificate> roots, List<X509CRL> crls) {
        this.roots = List.copyOf(roots);
        this.crls = List.copyOf(crls);
    }

    /** The path's verdict, without revocation: signatures, CA flags, key usage, path length, critical extensions. */
    ChainResult path(X509Certificate signer, Collection<X509Certificate> candidates, Instant at) {
        if (roots.isEmpty()) {
            return new ChainResult(Verdict.UNKNOWN, "доверенные корневые сертификаты не настроены", List.of(signer));
        }
        List<X509Certificate> path = order(signer, candidates);
        X509Certificate top = path.getLast();
        if (anchorFor(top).isEmpty()) {
            return new ChainResult(Verdict.UNKNOWN, "цепочка не доходит до доверенного корневого сертификата: издатель «"
                    + RuText.name(top.getIssuerX500Principal()) + "» не входит в число доверенных", path);
        }
        Optional<ChainResult> refused = validate(path, at, false);
        if (refused.isPresent()) {
            return refused.get();
        }
        List<String> names = new ArrayList<>(path.stream().map(c -> "«" + SignerIdentity.of(c).displayName() + "»").toList());
        names.add("«" + SignerIdentity.of(anchorFor(top).orElseThrow()).displayName() + "»");
        return new ChainResult(Verdict.VALID, String.join(" → ", names) + " (корневой сертификат доверенный)",
                withRoot(path));
    }

    /** Revocation of every certificate of a valid path, as PKIX checks it against the configured CRLs. */
    Optional<String> revocationRefusal(List<X509Certificate> chainWithRoot, Instant at) {
        List<X509Certificate> path = chainWithRoot.subList(0, chainWithRoot.size() - 1);
        return validate(path, at, true).map(ChainResult::text);
    }

    private Optional<ChainResult> validate(List<X509Certificate> path, Instant at, boolean revocation) {
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509", GostAlgorithm.provider());
            CertPath certPath = factory.generateCertPath(path);
            Set<TrustAnchor> anchors = new LinkedHashSet<>();
            roots.forEach(root -> anchors.add(new TrustAnchor(root, null)));
            PKIXParameters parameters = new PKIXParameters(anchors);
            parameters.setDate(Date.from(at));
            parameters.setRevocationEnabled(revocation);
            List<Object> store = new ArrayList<>(path);
            store.addAll(crls);
            parameters.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(store),
                    GostAlgorithm.provider()));
            CertPathValidator.getInstance("PKIX", GostAlgorithm.provider()).validate(certPath, parameters);
            return Optional.empty();
        } catch (CertPathValidatorException e) {
            LOG.info("PKIX refused the path at certificate {}: {}", e.getIndex(), e.getMessage());
            X509Certificate refused = e.getIndex() >= 0 && e.getIndex() < path.size() ? path.get(e.getIndex()) : path.getFirst();
            return Optional.of(new ChainResult(verdictOf(e, revocation), refusal(e, refused, revocation), withRoot(path)));
        } catch (GeneralSecurityException | RuntimeException e) {
            LOG.warn("The certificate path could not be validated", e);
            return Optional.of(new ChainResult(Verdict.UNKNOWN, "цепочку сертификатов не удалось проверить из-за внутренней "
                    + "ошибки (подробности в журнале приложения)", withRoot(path)));
        }
    }

    private static Verdict verdictOf(CertPathValidatorException e, boolean revocation) {
        if (e.getReason() == PKIXReason.NO_TRUST_ANCHOR
                || e.getReason() == CertPathValidatorException.BasicReason.UNDETERMINED_REVOCATION_STATUS) {
            return Verdict.UNKNOWN;
        }
        String message = lower(e);
        if (revocation && !message.contains("revoked") && !message.contains("revocation after")) {
            // No usable CRL (missing, of another issuer, signed by another key, with an unknown critical extension).
            return Verdict.UNKNOWN;
        }
        return Verdict.INVALID;
    }

    /** What RFC 5280 found wrong, in Russian, and with which certificate (the reason code first, else the message). */
    private static String refusal(CertPathValidatorException e, X509Certificate certificate, boolean revocation) {
        String who = RuText.certificate(certificate);
        String message = lower(e);
        if (revocation) {
            if (message.contains("revoked") || message.contains("revocation after")) {
                return "сертификат " + who + " отозван";
            }
            return "не удалось проверить отзыв сертификата " + who + ": нет действующего списка отзыва (CRL), подписанного "
                    + "его издателем";
        }
        if (e.getReason() == PKIXReason.INVALID_KEY_USAGE || message.contains("keyusage") || message.contains("key usage")
                || message.contains("key signing") || message.contains("keycertsign")) {
            return "издатель сертификата " + who + " не вправе выпускать сертификаты: в расширении «Использование ключа» "
                    + "его сертификата нет «Подписи сертификатов» (keyCertSign)";
        }
        if (e.getReason() == PKIXReason.PATH_TOO_LONG || message.contains("path length") || message.contains("pathlen")) {
            return "превышено ограничение длины цепочки (pathLenConstraint) у издателя сертификата " + who;
        }
        if (e.getReason() == PKIXReason.UNRECOGNIZED_CRIT_EXT || message.contains("critical extension")) {
            return "сертификат " + who + " содержит неизвестное критическое расширение";
        }
        if (e.getReason() == PKIXReason.NOT_CA_CERT || message.contains("not a ca") || message.contains("basic constraints")) {
            return "издатель сертификата " + who + " не является удостоверяющим центром";
        }
        if (e.getReason() == CertPathValidatorException.BasicReason.EXPIRED
                || e.getReason() == CertPathValidatorException.BasicReason.NOT_YET_VALID
                || message.contains("expired") || message.contains("not yet valid") || message.contains("not valid")) {
            return "сертификат удостоверяющего центра недействителен: сертификат " + who
                    + " не действовал на момент подписания";
        }
        if (e.getReason() == CertPathValidatorException.BasicReason.INVALID_SIGNATURE || message.contains("signature")) {
            return "подпись издателя на сертификате " + who + " не сходится: сертификат подделан или выпущен другим ключом";
        }
        return "цепочка сертификатов не прошла проверку по RFC 5280 (сертификат " + who + ")";
    }

    private static String lower(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            text.append(' ').append(cause.getMessage());
        }
        return text.toString().toLowerCase(Locale.ROOT);
    }

    /** Signer first, then each issuer found by name among the signature file's certificates, up to a root's name. */
    private List<X509Certificate> order(X509Certificate signer, Collection<X509Certificate> candidates) {
        List<X509Certificate> path = new ArrayList<>(List.of(signer));
        X509Certificate current = signer;
        while (path.size() < MAX_DEPTH && anchorFor(current).isEmpty()) {
            X509Certificate from = current;
            Optional<X509Certificate> issuer = candidates.stream()
                    .filter(c -> !path.contains(c) && !roots.contains(c))
                    .filter(c -> c.getSubjectX500Principal().equals(from.getIssuerX500Principal()))
                    .filter(c -> !c.getSubjectX500Principal().equals(c.getIssuerX500Principal()))
                    .findFirst();
            if (issuer.isEmpty()) {
                break;
            }
            path.add(issuer.get());
            current = issuer.get();
        }
        return path;
    }

    private Optional<X509Certificate> anchorFor(X509Certificate certificate) {
        return roots.stream().filter(root -> root.getSubjectX500Principal().equals(certificate.getIssuerX500Principal()))
                .findFirst();
    }

    private List<X509Certificate> withRoot(List<X509Certificate> path) {
        List<X509Certificate> all = new ArrayList<>(path);
        anchorFor(path.getLast()).ifPresent(all::add);
        return all;
    }
}
