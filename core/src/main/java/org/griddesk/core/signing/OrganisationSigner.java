package org.griddesk.core.signing;

import java.io.InputStream;

/** Port: a qualified key the operator unlocked (PKCS#12 file, token, CryptoPro), ready to sign one document. */
@FunctionalInterface
public interface OrganisationSigner {
    /** Reads the document to its end; throws a DomainException with a Russian message when the key can't sign. */
    MadeSignature sign(InputStream document);
}
