package org.griddesk.core.testing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.griddesk.core.common.ValidationException;
import org.griddesk.core.signing.DocumentSignature;
import org.griddesk.core.signing.SignatureRepository;

/** The signature port in memory, with the database's rule: one accepted signature per side and document. */
public class InMemorySignatures implements SignatureRepository {
    private final List<DocumentSignature> stored = new ArrayList<>();
    private final Map<Long, byte[]> files = new HashMap<>();
    private final Map<Long, Long> caseOfDocument = new HashMap<>();

    public void documentBelongsTo(long documentId, long caseId) {
        caseOfDocument.put(documentId, caseId);
    }

    @Override
    public long add(DocumentSignature signature, byte[] cms) {
        boolean taken = stored.stream().anyMatch(other -> other.accepted() && signature.accepted()
                && other.documentId() == signature.documentId() && other.side() == signature.side());
        if (taken) {
            throw new ValidationException("Документ уже подписан этой стороной");
        }
        long id = stored.size() + 1;
        stored.add(signature.withId(id));
        if (cms != null) {
            files.put(id, cms.clone());
        }
        return id;
    }

    @Override
    public List<DocumentSignature> forDocument(long documentId) {
        return stored.stream().filter(signature -> signature.documentId() == documentId).toList();
    }

    @Override
    public Map<Long, List<DocumentSignature>> forCase(long caseId) {
        Map<Long, List<DocumentSignature>> result = new LinkedHashMap<>();
        for (DocumentSignature signature : stored) {
            if (caseOfDocument.getOrDefault(signature.documentId(), -1L) == caseId) {
                result.computeIfAbsent(signature.documentId(), id -> new ArrayList<>()).add(signature);
            }
        }
        return result;
    }

    @Override
    public Optional<DocumentSignature> find(long signatureId) {
        return stored.stream().filter(signature -> signature.id() == signatureId).findFirst();
    }

    @Override
    public Optional<byte[]> cms(long signatureId) {
        return Optional.ofNullable(files.get(signatureId)).map(byte[]::clone);
    }
}
