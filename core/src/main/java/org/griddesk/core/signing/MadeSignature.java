package org.griddesk.core.signing;

import java.time.Instant;

/** What signing with a qualified key produced: the detached CMS and whom its certificate names. */
public record MadeSignature(byte[] cms, SignerDetails signer, Instant signedAt) {
}
