package org.griddesk.signing.keys;

import java.time.Clock;
import java.util.List;
import org.griddesk.core.common.DomainException;
import org.griddesk.core.signing.KeyCandidate;
import org.griddesk.core.signing.KeyContainer;
import org.griddesk.core.signing.UnlockedKey;
import org.griddesk.signing.Certificates;
import org.griddesk.signing.KeyEntry;
import org.griddesk.signing.KeySource;
import org.griddesk.signing.SigningException;

/** A key source as the core's port: entries with their certificates described, keys unlocked for signing. */
final class KeySourceContainer implements KeyContainer {
    private final KeySource source;
    private final Clock clock;

    KeySourceContainer(KeySource source, Clock clock) {
        this.source = source;
        this.clock = clock;
    }

    @Override
    public List<KeyCandidate> entries() {
        try {
            return source.entries().stream().map(KeySourceContainer::candidate).toList();
        } catch (SigningException e) {
            // The key sources word their refusals in Russian (wrong PIN, damaged file, no token).
            throw new DomainException(e.getMessage());
        }
    }

    @Override
    public UnlockedKey unlock(String alias, char[] secret) {
        try {
            return new KeyOrganisationSigner(source.unlock(alias, secret), clock);
        } catch (SigningException e) {
            throw new DomainException(e.getMessage());
        }
    }

    private static KeyCandidate candidate(KeyEntry entry) {
        return new KeyCandidate(entry.alias(), entry.certificate().map(Certificates::details).orElse(null));
    }
}
