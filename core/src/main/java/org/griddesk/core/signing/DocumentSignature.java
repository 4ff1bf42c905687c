package org.griddesk.core.signing;

import java.time.Instant;
import org.griddesk.core.cases.Side;

/**
 * One signature under a document. A qualified one has the certificate's details (its CMS bytes are kept
 * apart); a simple one has the phone and a hash of the SMS code, never the code. A rejected signature is
 * kept with its reason and never counts as signed.
 */
public record DocumentSignature(long id, long documentId, Side side, SignatureKind kind, Instant signedAt,
                                String signerName, SignerDetails certificate, String phone, String smsCodeHash,
                                boolean accepted, String rejectionReason) {

    public static DocumentSignature qualified(long documentId, Side side, Instant signedAt, SignerDetails certificate,
                                              String rejectionReason) {
        return new DocumentSignature(0, documentId, side, SignatureKind.QUALIFIED, signedAt, certificate.name(),
                certificate, null, null, rejectionReason == null, rejectionReason);
    }

    public static DocumentSignature simple(long documentId, Instant signedAt, String signerName, String phone,
                                           String smsCodeHash, String rejectionReason) {
        return new DocumentSignature(0, documentId, Side.APPLICANT, SignatureKind.SIMPLE, signedAt, signerName, null,
                phone, smsCodeHash, rejectionReason == null, rejectionReason);
    }

    public DocumentSignature withId(long newId) {
        return new DocumentSignature(newId, documentId, side, kind, signedAt, signerName, certificate, phone,
                smsCodeHash, accepted, rejectionReason);
    }
}
