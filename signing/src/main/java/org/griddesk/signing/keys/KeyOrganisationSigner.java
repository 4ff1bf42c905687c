package org.griddesk.signing.keys;

import java.io.InputStream;
import java.time.Clock;
import org.griddesk.core.common.DomainException;
import org.griddesk.core.signing.MadeSignature;
import org.griddesk.core.signing.SignerDetails;
import org.griddesk.core.signing.UnlockedKey;
import org.griddesk.signing.CadesSigner;
import org.griddesk.signing.Certificates;
import org.griddesk.signing.SigningException;
import org.griddesk.signing.SigningKey;

/** An unlocked qualified key as the core's signing port: CAdES-BES, detached, GOST R 34.10-2012. */
public final class KeyOrganisationSigner implements UnlockedKey {
    private final SigningKey key;
    private final Clock clock;

    public KeyOrganisationSigner(SigningKey key, Clock clock) {
        this.key = key;
        this.clock = clock;
    }

    @Override
    public SignerDetails certificate() {
        return Certificates.details(key.certificate());
    }

    @Override
    public MadeSignature sign(InputStream document) {
        try {
            byte[] cms = new CadesSigner(clock).sign(document, key);
            return new MadeSignature(cms, Certificates.details(key.certificate()), clock.instant());
        } catch (SigningException e) {
            // The signing module already words its refusals in Russian (expired, not for signing, …).
            throw new DomainException(e.getMessage());
        }
    }
}
