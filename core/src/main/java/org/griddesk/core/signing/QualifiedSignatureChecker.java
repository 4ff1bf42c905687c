package org.griddesk.core.signing;

import java.io.InputStream;

/** Port: verifies a detached CMS signature over a document with the administrator's trusted roots and CRLs. */
public interface QualifiedSignatureChecker {
    /** Never throws for bad input: a malformed signature is an invalid result with its reason. */
    CheckedSignature check(InputStream document, byte[] cms);
}
