package org.griddesk.core.cases;

import org.griddesk.core.access.AccessControl;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.griddesk.core.audit.AuditTrail;
import org.griddesk.core.common.ConcurrentChangeException;
import org.griddesk.core.common.DomainException;
import org.griddesk.core.common.NotFoundException;
import org.griddesk.core.common.PersonNames;
import org.griddesk.core.common.PlainText;
import org.griddesk.core.common.Transactions;
import org.griddesk.core.common.ValidationException;
import org.griddesk.core.access.Operator;
import org.griddesk.core.access.Permission;

/** What a clerk does with a case. Every change is one transaction and leaves a line in the history. */
public class CaseService {
    public static final long MAX_DOCUMENT_BYTES = 50L * 1024 * 1024;
    public static final String DOCUMENT_TOO_LARGE = "Максимальный размер файла 50 МБ";
    public static final String DOCUMENT_EMPTY = "Файл пуст (0 байт): выберите файл с содержимым";
    static final String STALE_CASE = "Обращение уже изменено другим пользователем. Показаны актуальные данные — "
            + "проверьте их и повторите изменения.";

    private final CaseRepository cases;
    private final DocumentStore documents;
    private final StatusDictionary statuses;
    private final HtmlSanitizer sanitizer;
    private final Transactions transactions;
    private final Clock clock;
    private final CaseNotifier notifier;
    private final AuditTrail audit;
    private final AccessControl access;
    private final CaseDictionaries administered;
    private final StatusChangeListener deadlines;

    public CaseService(CaseRepository cases, DocumentStore documents, StatusDictionary statuses,
                       HtmlSanitizer sanitizer, Transactions transactions, Clock clock, CaseNotifier notifier,
                       AuditTrail audit, AccessControl access, CaseDictionaries administered,
                       StatusChangeListener deadlines) {
        this.deadlines = deadlines;
        this.access = access;
        this.administered = administered;
        this.cases = cases;
        this.documents = documents;
        this.statuses = statuses;
        this.sanitizer = sanitizer;
        this.transactions = transactions;
        this.clock = clock;
        this.notifier = notifier;
        this.audit = audit;
    }

    public CasePage find(Operator actor, CaseQuery query) {
        access.require(actor, Permission.VIEW_CASES);
        return cases.find(query);
    }

    public List<String> statusDictionary() {
        return statuses.activeStatuses();
    }

    /** Opening a card shows the applicant's personal data: each opening is in the audit trail (152-FZ). */
    public CaseCard open(Operator actor, long caseId) {
        access.require(actor, Permission.VIEW_CASES);
        CaseCard card = card(caseId);
        audit.record(actor, "Просмотр обращения и персональных данных заявителя",
                subject(card.id(), card.registrationNumber()), null, null);
        return card;
    }

    /**
     * The card of a case this operator already has open, read again after a change (theirs or another
     * workstation's): the opening was recorded once, so a refresh adds no audit record.
     */
    public CaseCard refresh(Operator actor, long caseId) {
        access.require(actor, Permission.VIEW_CASES);
        return card(caseId);
    }

    private CaseCard card(long caseId) {
        return cases.load(caseId).orElseThrow(CaseService::gone);
    }

    /** A change reads only what it checks first; the whole card is read once, after the change, for the screen. */
    private CaseState state(long caseId) {
        return cases.state(caseId).orElseThrow(CaseService::gone);
    }

    private static NotFoundException gone() {
        return new NotFoundException("Обращение не найдено: возможно, оно удалено");
    }

    /** The case history line and the audit record of one change, in the change's transaction. */
    private void recordChange(Operator actor, CaseState current, CaseChange change) {
        cases.appendHistory(current.id(), change);
        audit.record(actor, change.what(), subject(current.id(), current.registrationNumber()), change.before(),
                change.after());
    }

    private static String subject(long caseId, String registrationNumber) {
        return registrationNumber == null ? "Обращение без номера (id " + caseId + ")"
                : "Обращение №" + registrationNumber;
    }

    public String suggestRegistrationNumber() {
        return Long.toString(cases.nextNumericRegistrationNumber());
    }

    /**
     * "Сохранить": the status (from the dictionary or typed) and the registration number, if the case
     * still is the version the clerk saw. Otherwise ConcurrentChangeException, and nothing is written.
     */
    public CaseCard saveStatusAndNumber(Operator actor, long caseId, long seenVersion, String status, String number) {
        access.require(actor, Permission.EDIT_CASES);
        String newStatus = requireStatus(status);
        String newNumber = RegistrationNumbers.normalise(number, administered.numberSymbols());
        return transactions.inTransaction(() -> {
            CaseState current = state(caseId);
            if (current.version() != seenVersion) {
                throw new ConcurrentChangeException(STALE_CASE);
            }
            if (current.registrationNumber() != null && newNumber == null) {
                throw new ValidationException("Регистрационный номер уже присвоен: его можно изменить, но не удалить");
            }
            Instant now = clock.instant();
            // A number another case has is refused by the database's unique index, also when two saves race.
            if (!cases.updateStatusAndNumber(caseId, seenVersion, current.status(), newStatus, newNumber, now)) {
                throw new ConcurrentChangeException(STALE_CASE);
            }
            if (!newStatus.equals(current.status())) {
                recordChange(actor, current, new CaseChange(now, actor.fullName(), "Текущий статус", current.status(), newStatus));
                deadlines.statusChanged(caseId, newStatus, actor.fullName(), now);
            }
            if (!Objects.equals(newNumber, current.registrationNumber())) {
                recordChange(actor, current, new CaseChange(now, actor.fullName(), "Регистрационный номер",
                        current.registrationNumber(), newNumber));
            }
            CaseCard saved = card(caseId);
            if (!newStatus.equals(current.status())) {
                notifier.statusChanged(saved, current.status(), newStatus);
            }
            return saved;
        });
    }

    /**
     * "Добавить документ": refuses empty files and files over 50 MB before reading them (and again if the stream is
     * longer), and files whose name or first bytes are not of an allowed format.
     */
    public CaseCard addDocument(Operator actor, long caseId, NewDocument document, InputStream content) {
        access.require(actor, Permission.EDIT_CASES);
        String name = requireText(document.documentName(), "Укажите название документа", 255);
        String fileName = requireText(document.fileName(), "Выберите файл", 255);
        if (document.declaredSize() > MAX_DOCUMENT_BYTES) {
            throw new ValidationException(DOCUMENT_TOO_LARGE);
        }
        if (document.declaredSize() == 0) {
            throw new ValidationException(DOCUMENT_EMPTY);
        }
        InputStream checked = checkedFormat(fileName, content);
        String comment = document.comment() == null || document.comment().isBlank() ? null : document.comment().trim();
        return transactions.inTransaction(() -> {
            CaseState current = state(caseId);
            StoredContent stored = documents.store(checked, MAX_DOCUMENT_BYTES);
            Instant now = clock.instant();
            long itemId = cases.addItem(caseId, new DocumentItem(0, Side.ORGANISATION, now, actor.fullName(), name, fileName,
                    stored.size(), stored.sha256(), comment, stored.contentId(), document.requiresTwoSidedSignature()));
            recordChange(actor, current, new CaseChange(now, actor.fullName(), "Добавлен документ", null,
                    name + " (" + fileName + ")"));
            CaseCard saved = card(caseId);
            saved.timeline().stream().filter(item -> item.id() == itemId).findFirst()
                    .ifPresent(item -> notifier.organisationDocumentAdded(saved, (DocumentItem) item));
            return saved;
        });
    }

    /** Reads the head to check the format, and hands back a stream that still starts at the first byte. */
    private InputStream checkedFormat(String fileName, InputStream content) {
        java.io.BufferedInputStream buffered = new java.io.BufferedInputStream(content, FileFormats.HEAD_BYTES);
        try {
            buffered.mark(FileFormats.HEAD_BYTES);
            byte[] head = buffered.readNBytes(FileFormats.HEAD_BYTES);
            buffered.reset();
            java.util.Optional<String> problem = FileFormats.problem(fileName, head, administered.documentFormats());
            if (problem.isPresent()) {
                throw new ValidationException(head.length == 0 ? DOCUMENT_EMPTY : problem.get());
            }
            return buffered;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** "Добавить сообщение": the HTML is sanitised before it is stored. */
    public CaseCard addMessage(Operator actor, long caseId, String html) {
        access.require(actor, Permission.EDIT_CASES);
        SanitizedHtml message = sanitizer.sanitize(html == null ? "" : html);
        if (message.plainText().isBlank()) {
            throw new ValidationException("Введите текст сообщения");
        }
        return transactions.inTransaction(() -> {
            CaseState current = state(caseId);
            Instant now = clock.instant();
            cases.addItem(caseId, new MessageItem(0, Side.ORGANISATION, now, actor.fullName(), message.html()));
            recordChange(actor, current, new CaseChange(now, actor.fullName(), "Добавлено сообщение", null,
                    abbreviate(message.plainText())));
            CaseCard saved = card(caseId);
            notifier.organisationMessageAdded(saved);
            return saved;
        });
    }

    /** "Добавить статус": a progress note for the applicant, who is e-mailed it too (seed 002). */
    public CaseCard addStatusNote(Operator actor, long caseId, String text) {
        access.require(actor, Permission.EDIT_CASES);
        String note = requireText(text, "Введите статус", CaseStatuses.MAX_LENGTH);
        return transactions.inTransaction(() -> {
            CaseState current = state(caseId);
            Instant now = clock.instant();
            cases.addItem(caseId, new StatusNoteItem(0, Side.ORGANISATION, now, actor.fullName(), note));
            recordChange(actor, current, new CaseChange(now, actor.fullName(), "Добавлен статус", null, note));
            CaseCard saved = card(caseId);
            notifier.statusNoteAdded(saved, note);
            return saved;
        });
    }

    /** "Удалить": only the organisation's own items; the applicant's stay. */
    public CaseCard deleteItem(Operator actor, long caseId, long itemId) {
        access.require(actor, Permission.EDIT_CASES);
        return transactions.inTransaction(() -> {
            TimelineItem item = cases.findItem(caseId, itemId)
                    .orElseThrow(() -> new NotFoundException("Запись уже удалена другим пользователем"));
            if (item.side() != Side.ORGANISATION) {
                throw new DomainException("Документы и сообщения заявителя удалить нельзя");
            }
            Instant now = clock.instant();
            cases.deleteItem(caseId, itemId, now);
            if (item instanceof DocumentItem document) {
                documents.delete(document.contentId());
            }
            recordChange(actor, state(caseId), new CaseChange(now, actor.fullName(), "Удалено: " + describe(item),
                    summary(item), null));
            return card(caseId);
        });
    }

    public void download(Operator actor, DocumentItem document, OutputStream target) {
        access.require(actor, Permission.VIEW_CASES);
        audit.record(actor, "Скачан документ", document.documentName() + " (" + document.fileName() + ")", null, null);
        documents.copyTo(document.contentId(), target);
    }

    private static String requireStatus(String status) {
        return requireText(status, "Укажите текущий статус", CaseStatuses.MAX_LENGTH);
    }

    private static String requireText(String value, String emptyMessage, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new ValidationException(emptyMessage);
        }
        String trimmed = value.trim();
        if (trimmed.length() > maxLength) {
            throw new ValidationException("Слишком длинный текст: не более " + maxLength + " символов");
        }
        return PlainText.refuseHidden(trimmed, null);
    }

    private static String describe(TimelineItem item) {
        return switch (item) {
            case DocumentItem ignored -> "документ";
            case MessageItem ignored -> "сообщение";
            case StatusNoteItem ignored -> "статус";
        };
    }

    private static String summary(TimelineItem item) {
        return switch (item) {
            case DocumentItem document -> document.documentName() + " (" + document.fileName() + ")";
            case MessageItem message -> "сообщение от: " + PersonNames.withInitials(message.author());
            case StatusNoteItem note -> note.text();
        };
    }

    private static String abbreviate(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.length() <= 120 ? flat : flat.substring(0, 119) + "…";
    }
}
