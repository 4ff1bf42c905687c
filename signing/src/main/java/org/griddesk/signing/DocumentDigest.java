package org.griddesk.signing;

import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;

/**
 * Reads the document once: its GOST R 34.11-2012 hash and, for signatures without signed attributes,
 * the signature check over the raw content.
 */
final class DocumentDigest {
    private static final int BUFFER = 64 * 1024;

    final byte[] digest;
    final long length;
    /** Null unless a direct signature check was requested. */
    final Boolean directSignatureValid;

    private DocumentDigest(byte[] digest, long length, Boolean directSignatureValid) {
        this.digest = digest;
        this.length = length;
        this.directSignatureValid = directSignatureValid;
    }

    static DocumentDigest read(InputStream document, GostAlgorithm algorithm, PublicKey directKey,
            byte[] directSignature) throws IOException, GeneralSecurityException {
        MessageDigest digest = MessageDigest.getInstance(algorithm.digestName(), GostAlgorithm.provider());
        Signature signature = null;
        if (directKey != null) {
            signature = Signature.getInstance(algorithm.signatureName(), GostAlgorithm.provider());
            signature.initVerify(directKey);
        }
        byte[] buffer = new byte[BUFFER];
        long length = 0;
        for (int n = document.read(buffer); n >= 0; n = document.read(buffer)) {
            digest.update(buffer, 0, n);
            if (signature != null) {
                signature.update(buffer, 0, n);
            }
            length += n;
        }
        Boolean direct = signature == null ? null : verifyQuietly(signature, directSignature);
        return new DocumentDigest(digest.digest(), length, direct);
    }

    static boolean verifyQuietly(Signature signature, byte[] value) {
        try {
            return signature.verify(value);
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }
}
