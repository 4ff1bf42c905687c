package org.griddesk.persistence.signing;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.griddesk.core.cases.Side;
import org.griddesk.core.common.ValidationException;
import org.griddesk.core.signing.DocumentSignature;
import org.griddesk.core.signing.SignatureKind;
import org.griddesk.core.signing.SignatureRepository;
import org.griddesk.core.signing.SignerDetails;
import org.griddesk.persistence.database.Timestamps;
import org.griddesk.persistence.database.Violations;
import org.griddesk.persistence.schema.tables.records.DocumentSignatureRecord;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;

import static org.griddesk.persistence.schema.Tables.DOCUMENT_SIGNATURE;
import static org.griddesk.persistence.schema.Tables.TIMELINE_ITEM;

public final class JooqSignatureRepository implements SignatureRepository {
    private final DSLContext dsl;

    public JooqSignatureRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public long add(DocumentSignature signature, byte[] cms) {
        DocumentSignatureRecord row = toRecord(signature);
        row.setCms(cms);
        try {
            return dsl.insertInto(DOCUMENT_SIGNATURE).set(row).returning(DOCUMENT_SIGNATURE.ID)
                    .fetchSingle(DOCUMENT_SIGNATURE.ID);
        } catch (DataAccessException e) {
            if (Violations.unique(e, "document_signature_once_per_side")) {
                throw new ValidationException("Документ уже подписан этой стороной другим пользователем");
            }
            throw e;
        }
    }

    @Override
    public List<DocumentSignature> forDocument(long documentId) {
        return dsl.selectFrom(DOCUMENT_SIGNATURE).where(DOCUMENT_SIGNATURE.DOCUMENT_ID.eq(documentId))
                .orderBy(DOCUMENT_SIGNATURE.ID)
                .fetch(JooqSignatureRepository::toSignature);
    }

    @Override
    public Map<Long, List<DocumentSignature>> forCase(long caseId) {
        // Without the CMS bytes: the card only needs who signed and when.
        return dsl.select(DOCUMENT_SIGNATURE.fields()).from(DOCUMENT_SIGNATURE)
                .join(TIMELINE_ITEM).on(TIMELINE_ITEM.ID.eq(DOCUMENT_SIGNATURE.DOCUMENT_ID))
                .where(TIMELINE_ITEM.APPEAL_ID.eq(caseId))
                .orderBy(DOCUMENT_SIGNATURE.ID)
                .fetch(row -> toSignature(row.into(DOCUMENT_SIGNATURE)))
                .stream()
                .collect(Collectors.groupingBy(DocumentSignature::documentId));
    }

    @Override
    public Optional<DocumentSignature> find(long signatureId) {
        return dsl.selectFrom(DOCUMENT_SIGNATURE).where(DOCUMENT_SIGNATURE.ID.eq(signatureId)).fetchOptional()
                .map(JooqSignatureRepository::toSignature);
    }

    @Override
    public Optional<byte[]> cms(long signatureId) {
        return dsl.select(DOCUMENT_SIGNATURE.CMS).from(DOCUMENT_SIGNATURE).where(DOCUMENT_SIGNATURE.ID.eq(signatureId))
                .fetchOptional(DOCUMENT_SIGNATURE.CMS);
    }

    private static DocumentSignatureRecord toRecord(DocumentSignature signature) {
        DocumentSignatureRecord row = new DocumentSignatureRecord();
        row.setDocumentId(signature.documentId());
        row.setSide(signature.side().name());
        row.setKind(signature.kind().name());
        row.setSignedAt(Timestamps.toColumn(signature.signedAt()));
        row.setSignerName(signature.signerName());
        row.setAccepted(signature.accepted());
        row.setAcceptedSide(signature.accepted() ? signature.side().name() : null);
        row.setRejectionReason(signature.rejectionReason());
        row.setPhone(signature.phone());
        row.setSmsCodeHash(signature.smsCodeHash());
        SignerDetails certificate = signature.certificate();
        if (certificate != null) {
            row.setCertOrganisation(certificate.organisation());
            row.setCertPersonInn(certificate.personInn());
            row.setCertOrgInn(certificate.organisationInn());
            row.setCertOgrn(certificate.ogrn());
            row.setCertOgrnip(certificate.ogrnip());
            row.setCertSnils(certificate.snils());
            row.setCertSerial(certificate.certificateSerial());
            row.setCertIssuer(certificate.issuer());
            row.setCertValidFrom(Timestamps.toColumn(certificate.validFrom()));
            row.setCertValidTo(Timestamps.toColumn(certificate.validTo()));
        }
        return row;
    }

    private static DocumentSignature toSignature(DocumentSignatureRecord row) {
        SignatureKind kind = SignatureKind.valueOf(row.getKind());
        SignerDetails certificate = kind == SignatureKind.QUALIFIED
                ? new SignerDetails(row.getSignerName(), row.getCertOrganisation(), row.getCertPersonInn(),
                row.getCertOrgInn(), row.getCertOgrn(), row.getCertOgrnip(), row.getCertSnils(), row.getCertSerial(),
                row.getCertIssuer(), Timestamps.fromColumn(row.getCertValidFrom()), Timestamps.fromColumn(row.getCertValidTo()))
                : null;
        return new DocumentSignature(row.getId(), row.getDocumentId(), Side.valueOf(row.getSide()), kind,
                Timestamps.fromColumn(row.getSignedAt()), row.getSignerName(), certificate, row.getPhone(),
                row.getSmsCodeHash(), row.getAccepted(), row.getRejectionReason());
    }
}
