package org.griddesk.signing;

import java.security.cert.X509Certificate;
import java.util.List;

/** A path from the signer up to a trusted root (complete only when {@code status} is VALID). */
record ChainResult(Verdict status, String text, List<X509Certificate> chain) {
    ChainResult {
        chain = List.copyOf(chain);
    }

    boolean reachesRoot() {
        return status == Verdict.VALID;
    }
}
