package org.griddesk.signing;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Builds the path signer → intermediate CAs (taken from the signature file) → a configured root,
 * checking each issuer's signature and each CA's validity at signing time.
 */
final class ChainBuilder {
    private static final int MAX_DEPTH = 8;

    private ChainBuilder() {
    }

    static ChainResult build(X509Certificate signer, Collection<X509Certificate> candidates,
            List<X509Certificate> roots, Instant at) {
        if (roots.isEmpty()) {
            return new ChainResult(Verdict.UNKNOWN, "доверенные корневые сертификаты не настроены", List.of(signer));
        }
        List<X509Certificate> chain = new ArrayList<>(List.of(signer));
        X509Certificate current = signer;
        while (chain.size() <= MAX_DEPTH) {
            if (roots.contains(current)) {
                return trusted(chain, at);
            }
            Optional<X509Certificate> root = issuerAmong(current, roots, chain);
            if (root.isPresent()) {
                chain.add(root.get());
                return trusted(chain, at);
            }
            Optional<X509Certificate> intermediate = issuerAmong(current, candidates, chain)
                    .filter(c -> c.getBasicConstraints() >= 0);
            if (intermediate.isEmpty()) {
                break;
            }
            chain.add(intermediate.get());
            current = intermediate.get();
        }
        return new ChainResult(Verdict.UNKNOWN, "цепочка не доходит до доверенного корневого сертификата: издатель «"
                + RuText.name(current.getIssuerX500Principal()) + "» не входит в число доверенных", chain);
    }

    private static Optional<X509Certificate> issuerAmong(X509Certificate certificate,
            Collection<X509Certificate> pool, List<X509Certificate> used) {
        return pool.stream().filter(c -> !used.contains(c)).filter(c -> IssuerSignatures.signedBy(certificate, c))
                .findFirst();
    }

    private static ChainResult trusted(List<X509Certificate> chain, Instant at) {
        for (X509Certificate ca : chain.subList(1, chain.size())) {
            Optional<String> problem = CertificateChecks.validityProblem(ca, at);
            if (problem.isPresent()) {
                return new ChainResult(Verdict.INVALID, "сертификат удостоверяющего центра недействителен. "
                        + problem.get(), chain);
            }
        }
        List<String> names = chain.stream().map(c -> "«" + SignerIdentity.of(c).displayName() + "»").toList();
        return new ChainResult(Verdict.VALID, String.join(" → ", names) + " (корневой сертификат доверенный)", chain);
    }
}
