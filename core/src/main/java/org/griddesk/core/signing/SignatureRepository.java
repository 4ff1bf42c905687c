package org.griddesk.core.signing;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Port: signatures under case documents, with the CMS bytes of qualified ones. */
public interface SignatureRepository {
    /**
     * Stores a signature. A second accepted signature of the same side under one document is refused by the
     * database (ValidationException), so two signers racing end with one signature.
     */
    long add(DocumentSignature signature, byte[] cms);

    List<DocumentSignature> forDocument(long documentId);

    /** Every signature under the documents of one case, by document id. */
    Map<Long, List<DocumentSignature>> forCase(long caseId);

    Optional<DocumentSignature> find(long signatureId);

    Optional<byte[]> cms(long signatureId);
}
