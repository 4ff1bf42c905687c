package org.griddesk.core.signing;

import org.griddesk.core.access.AccessControl;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.griddesk.core.applicants.Applicant;
import org.griddesk.core.applicants.ApplicantType;
import org.griddesk.core.applicants.PhoneNumber;
import org.griddesk.core.audit.AuditTrail;
import org.griddesk.core.cases.CaseCard;
import org.griddesk.core.cases.CaseChange;
import org.griddesk.core.cases.CaseNotifier;
import org.griddesk.core.cases.CaseRepository;
import org.griddesk.core.cases.DocumentItem;
import org.griddesk.core.cases.DocumentStore;
import org.griddesk.core.cases.Side;
import org.griddesk.core.common.DomainException;
import org.griddesk.core.common.NotFoundException;
import org.griddesk.core.common.Transactions;
import org.griddesk.core.access.Operator;
import org.griddesk.core.access.Permission;

/**
 * The two-sided signature of a document: the organisation signs first with a qualified signature, then the
 * applicant's counter-signature arrives from the portal and is checked before it counts.
 */
public class DocumentSigningService {
    private final CaseRepository cases;
    private final DocumentStore documents;
    private final SignatureRepository signatures;
    private final QualifiedSignatureChecker checker;
    private final Transactions transactions;
    private final Clock clock;
    private final Supplier<String> organisationName;
    private final CaseNotifier notifier;
    private final AuditTrail audit;
    private final AccessControl access;
    private final SignedByBothListener signedByBoth;

    public DocumentSigningService(CaseRepository cases, DocumentStore documents, SignatureRepository signatures,
                                  QualifiedSignatureChecker checker, Transactions transactions, Clock clock,
                                  String organisationName, CaseNotifier notifier, AuditTrail audit, AccessControl access) {
        this(cases, documents, signatures, checker, transactions, clock, () -> organisationName, notifier, audit, access);
    }

    public DocumentSigningService(CaseRepository cases, DocumentStore documents, SignatureRepository signatures,
                                  QualifiedSignatureChecker checker, Transactions transactions, Clock clock,
                                  Supplier<String> organisationName, CaseNotifier notifier, AuditTrail audit, AccessControl access) {
        this(cases, documents, signatures, checker, transactions, clock, organisationName, notifier, audit, access,
                SignedByBothListener.NONE);
    }

    /**
     * {@code organisationName} is read at each use: the administrator may rename the organisation meanwhile;
     * {@code signedByBoth} hears of each document both sides have signed (the contract is concluded by the offer's).
     */
    public DocumentSigningService(CaseRepository cases, DocumentStore documents, SignatureRepository signatures,
                                  QualifiedSignatureChecker checker, Transactions transactions, Clock clock,
                                  Supplier<String> organisationName, CaseNotifier notifier, AuditTrail audit, AccessControl access,
                                  SignedByBothListener signedByBoth) {
        this.signedByBoth = signedByBoth;
        this.access = access;
        this.cases = cases;
        this.documents = documents;
        this.signatures = signatures;
        this.checker = checker;
        this.transactions = transactions;
        this.clock = clock;
        this.organisationName = organisationName;
        this.notifier = notifier;
        this.audit = audit;
    }

    public String organisationName() {
        return organisationName.get();
    }

    /** The progress of every two-sided document of a case, by document id. */
    public Map<Long, SigningProgress> progress(Operator actor, long caseId) {
        access.require(actor, Permission.VIEW_CASES);
        Map<Long, List<DocumentSignature>> byDocument = signatures.forCase(caseId);
        Map<Long, SigningProgress> progress = new LinkedHashMap<>();
        for (DocumentItem document : twoSidedDocuments(card(caseId))) {
            progress.put(document.id(), SigningProgress.of(document.id(), byDocument.getOrDefault(document.id(), List.of())));
        }
        return progress;
    }

    /**
     * "Подписать": only an operator with the right to sign for the organisation, only a document that waits
     * for the organisation. The key signs outside the transaction; the result is stored only if nobody
     * signed meanwhile.
     */
    public DocumentSignature signAsOrganisation(Operator actor, long caseId, long documentId, OrganisationSigner signer) {
        access.require(actor, Permission.SIGN_FOR_ORGANISATION);
        DocumentItem document = twoSidedDocument(caseId, documentId);
        requireState(documentId, SigningState.AWAITING_ORGANISATION, "Документ уже подписан со стороны " + organisationName());
        MadeSignature made;
        try (InputStream content = documents.open(document.contentId())) {
            made = signer.sign(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DocumentSignature signature = DocumentSignature.qualified(documentId, Side.ORGANISATION, made.signedAt(),
                made.signer(), null);
        return transactions.inTransaction(() -> {
            requireState(documentId, SigningState.AWAITING_ORGANISATION,
                    "Документ уже подписан со стороны " + organisationName());
            long id = signatures.add(signature, made.cms());
            record(caseId, actor.fullName(), "Подписан документ", document.documentName() + ": " + made.signer().display());
            notifier.signatureAwaited(card(caseId), document);
            audit.record(actor, "Подписан документ от имени организации", document.documentName(), null,
                    made.signer().display());
            return signature.withId(id);
        });
    }

    /** A qualified counter-signature from the portal: verified on arrival, and matched with the registration. */
    public DocumentSignature receiveQualifiedCounterSignature(long caseId, long documentId, byte[] cms) {
        DocumentItem document = twoSidedDocument(caseId, documentId);
        requireState(documentId, SigningState.AWAITING_APPLICANT, waitingReason(documentId));
        Applicant applicant = card(caseId).applicant();
        CheckedSignature checked;
        try (InputStream content = documents.open(document.contentId())) {
            checked = checker.check(content, cms);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // An expired certificate is refused for what it is, whatever else the check found (its CRL may no longer
        // list it: CAs drop expired certificates from their lists).
        String rejection = notValidOnArrival(checked.signer(), clock.instant())
                .or(() -> checked.valid() ? ApplicantIdentity.mismatch(applicant, checked.signer())
                        : Optional.of(checked.verdict()))
                .orElse(null);
        SignerDetails signer = checked.signer() != null ? checked.signer()
                : new SignerDetails("неизвестный подписант", null, null, null, null, null, null, null, null, null, null);
        Instant signedAt = checked.signingTime() != null ? checked.signingTime() : clock.instant();
        return store(caseId, document, DocumentSignature.qualified(documentId, Side.APPLICANT, signedAt, signer, rejection),
                cms);
    }

    /**
     * Without a trusted time-stamp the signing time is the signer's own claim: a certificate that has expired
     * by the time the signature arrives could have been used with a backdated clock, so it is not accepted.
     */
    private static Optional<String> notValidOnArrival(SignerDetails signer, Instant now) {
        if (signer == null || signer.validTo() == null || signer.validFrom() == null) {
            return Optional.empty();
        }
        if (now.isAfter(signer.validTo())) {
            return Optional.of("срок действия сертификата подписанта истёк до получения подписи");
        }
        if (now.isBefore(signer.validFrom())) {
            return Optional.of("сертификат подписанта ещё не действует");
        }
        return Optional.empty();
    }

    /**
     * A simple signature (ПЭП) of an individual: the SMS code confirmed on the portal. Only its hash is kept,
     * and the phone must be the one the applicant registered.
     */
    public DocumentSignature receiveSimpleCounterSignature(long caseId, long documentId, String phone, Instant at,
                                                           String smsCode) {
        return receiveSimpleCounterSignatureByHash(caseId, documentId, phone, at, smsHash(documentId, smsCode));
    }

    /**
     * The same as the portal writes it to the shared database: the code itself never leaves the portal, only its
     * hash, made as {@link #smsHash} makes it (the portal contract names the recipe).
     */
    public DocumentSignature receiveSimpleCounterSignatureByHash(long caseId, long documentId, String phone, Instant at,
                                                                 String codeHash) {
        DocumentItem document = twoSidedDocument(caseId, documentId);
        requireState(documentId, SigningState.AWAITING_APPLICANT, waitingReason(documentId));
        Applicant applicant = card(caseId).applicant();
        String rejection = null;
        if (applicant.type() == ApplicantType.SOLE_PROPRIETOR || applicant.type() == ApplicantType.LEGAL_ENTITY) {
            rejection = applicant.type().title() + " подписывает документы только квалифицированной электронной подписью";
        } else if (!samePhone(applicant.phone(), phone)) {
            rejection = "код подтверждён с телефона " + phone + ", а при регистрации указан " + applicant.phone().formatted();
        }
        DocumentSignature signature = DocumentSignature.simple(documentId, at, applicant.person().display(), phone,
                codeHash, rejection);
        return store(caseId, document, signature, null);
    }

    /** Checked again inside the transaction: the applicant may have signed from another session meanwhile. */
    private DocumentSignature store(long caseId, DocumentItem document, DocumentSignature signature, byte[] cms) {
        return transactions.inTransaction(() -> {
            requireState(document.id(), SigningState.AWAITING_APPLICANT, waitingReason(document.id()));
            long id = signatures.add(signature, cms);
            String who = signature.signerName();
            if (signature.accepted()) {
                record(caseId, who, "Подписан документ пользователем", document.documentName() + ": " + who);
                signedByBoth.signedByBoth(caseId, document, signature.signedAt());
                notifier.signedByBoth(card(caseId), document);
            } else {
                record(caseId, who, "Подпись пользователя не принята", document.documentName() + ": "
                        + signature.rejectionReason());
            }
            return signature.withId(id);
        });
    }

    /** "Проверить подпись": checks a stored qualified signature again, with today's roots and CRLs. */
    public CheckedSignature verify(Operator actor, long caseId, long signatureId) {
        access.require(actor, Permission.VIEW_CASES);
        DocumentSignature signature = signature(signatureId);
        if (signature.kind() != SignatureKind.QUALIFIED) {
            throw new DomainException("Простая электронная подпись проверяется по коду из SMS на портале; "
                    + "здесь хранятся телефон, время и хэш кода");
        }
        DocumentItem document = twoSidedDocument(caseId, signature.documentId());
        CheckedSignature checked;
        try (InputStream content = documents.open(document.contentId())) {
            checked = checker.check(content, signatureFile(actor, signatureId));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return signature.side() == Side.APPLICANT ? withApplicantMatch(checked, card(caseId).applicant()) : checked;
    }

    /** The applicant's signature counts only if its certificate names the registered applicant. */
    private static CheckedSignature withApplicantMatch(CheckedSignature checked, Applicant applicant) {
        Optional<String> mismatch = ApplicantIdentity.mismatch(applicant, checked.signer());
        List<String> report = new ArrayList<>(checked.report());
        report.add("Соответствие заявителю: " + mismatch.orElse("сертификат выдан заявителю, указанному при регистрации"));
        boolean accepted = checked.valid() && mismatch.isEmpty();
        String verdict = checked.valid() && mismatch.isPresent()
                ? "Подпись действительна, но не принадлежит заявителю: " + mismatch.get() : checked.verdict();
        return new CheckedSignature(accepted, verdict, checked.signer(), checked.signingTime(), report);
    }

    /** "Скачать подпись": the detached CMS as it was received or made. */
    public byte[] signatureFile(Operator actor, long signatureId) {
        access.require(actor, Permission.VIEW_CASES);
        audit.record(actor, "Получен файл подписи", "Подпись №" + signatureId, null, null);
        return signatures.cms(signatureId)
                .orElseThrow(() -> new NotFoundException("У этой подписи нет файла: это простая электронная подпись"));
    }

    private DocumentSignature signature(long signatureId) {
        return signatures.find(signatureId).orElseThrow(() -> new NotFoundException("Подпись не найдена"));
    }

    private void requireState(long documentId, SigningState expected, String otherwise) {
        if (SigningProgress.of(documentId, signatures.forDocument(documentId)).state() != expected) {
            throw new DomainException(otherwise);
        }
    }

    private String waitingReason(long documentId) {
        return SigningProgress.of(documentId, signatures.forDocument(documentId)).state() == SigningState.SIGNED
                ? "Документ уже подписан обеими сторонами"
                : "Документ ещё не подписан со стороны " + organisationName() + ": подпись пользователя не принимается";
    }

    private void record(long caseId, String who, String what, String after) {
        Instant now = clock.instant();
        cases.appendHistory(caseId, new CaseChange(now, who, what, null, after));
        cases.markChanged(caseId, now);
    }

    private CaseCard card(long caseId) {
        return cases.load(caseId).orElseThrow(() -> new NotFoundException("Обращение не найдено: возможно, оно удалено"));
    }

    private DocumentItem twoSidedDocument(long caseId, long documentId) {
        return twoSidedDocuments(card(caseId)).stream().filter(document -> document.id() == documentId).findFirst()
                .orElseThrow(() -> new DomainException("Документ не найден или не требует двухсторонней подписи"));
    }

    private static List<DocumentItem> twoSidedDocuments(CaseCard card) {
        return card.timeline().stream()
                .filter(DocumentItem.class::isInstance)
                .map(DocumentItem.class::cast)
                .filter(DocumentItem::requiresTwoSidedSignature)
                .toList();
    }

    private static boolean samePhone(PhoneNumber registered, String confirmed) {
        try {
            return registered.equals(PhoneNumber.parse(confirmed));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * Lower-case hex SHA-256 of the UTF-8 text {@code documentId + ":" + code}: salted with the document, so equal
     * codes for different documents don't look alike.
     */
    public static String smsHash(long documentId, String smsCode) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest((documentId + ":" + smsCode).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
