package org.griddesk.core.cases;

import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.griddesk.core.common.ConcurrentChangeException;
import org.griddesk.core.common.DomainException;
import org.griddesk.core.common.NotFoundException;
import org.griddesk.core.common.Transactions;
import org.griddesk.core.common.ValidationException;
import org.griddesk.core.operators.Operator;
import org.griddesk.core.operators.Permission;

/** What a clerk does with a case. Every change is one transaction and leaves a line in the history. */
public class CaseService {
    public static final long MAX_DOCUMENT_BYTES = 50L * 1024 * 1024;
    public static final String DOCUMENT_TOO_LARGE = "Максимальный размер файла 50 MB";
    static final String STALE_CASE = "Обращение уже изменено другим пользователем. Показаны актуальные данные — "
            + "проверьте их и повторите изменения.";

    private final CaseRepository cases;
    private final DocumentStore documents;
    private final StatusDictionary statuses;
    private final HtmlSanitizer sanitizer;
    private final Transactions transactions;
    private final Clock clock;
    private final CaseNotifier notifier;

    public CaseService(CaseRepository cases, DocumentStore documents, StatusDictionary statuses,
                       HtmlSanitizer sanitizer, Transactions transactions, Clock clock, CaseNotifier notifier) {
        this.cases = cases;
        this.documents = documents;
        this.statuses = statuses;
        this.sanitizer = sanitizer;
        this.transactions = transactions;
        this.clock = clock;
        this.notifier = notifier;
    }

    public CasePage find(Operator actor, CaseQuery query) {
        actor.require(Permission.VIEW_CASES);
        return cases.find(query);
    }

    public List<StatusCount> countByStatus(Operator actor, CaseQuery query) {
        actor.require(Permission.VIEW_CASES);
        return cases.countByStatus(query);
    }

    public List<String> statusDictionary() {
        return statuses.activeStatuses();
    }

    public CaseCard open(Operator actor, long caseId) {
        actor.require(Permission.VIEW_CASES);
        return cases.load(caseId).orElseThrow(() -> new NotFoundException("Обращение не найдено: возможно, оно удалено"));
    }

    public String suggestRegistrationNumber() {
        return RegistrationNumbers.next(cases.maxNumericRegistrationNumber());
    }

    /**
     * "Сохранить": the status (from the dictionary or typed) and the registration number, if the case
     * still is the version the clerk saw. Otherwise ConcurrentChangeException, and nothing is written.
     */
    public CaseCard saveStatusAndNumber(Operator actor, long caseId, long seenVersion, String status, String number) {
        actor.require(Permission.EDIT_CASES);
        String newStatus = requireStatus(status);
        String newNumber = RegistrationNumbers.normalise(number);
        return transactions.inTransaction(() -> {
            CaseCard current = open(actor, caseId);
            if (current.version() != seenVersion) {
                throw new ConcurrentChangeException(STALE_CASE);
            }
            if (current.registrationNumber() != null && newNumber == null) {
                throw new ValidationException("Регистрационный номер уже присвоен: его можно изменить, но не удалить");
            }
            if (newNumber != null && cases.registrationNumberTaken(newNumber, caseId)) {
                throw RegistrationNumbers.alreadyTaken(newNumber);
            }
            Instant now = clock.instant();
            if (!cases.updateStatusAndNumber(caseId, seenVersion, newStatus, newNumber, now)) {
                throw new ConcurrentChangeException(STALE_CASE);
            }
            if (!newStatus.equals(current.status())) {
                cases.appendHistory(caseId, new CaseChange(now, actor.fullName(), "Текущий статус", current.status(), newStatus));
            }
            if (!Objects.equals(newNumber, current.registrationNumber())) {
                cases.appendHistory(caseId, new CaseChange(now, actor.fullName(), "Регистрационный номер",
                        current.registrationNumber(), newNumber));
            }
            CaseCard saved = open(actor, caseId);
            if (!newStatus.equals(current.status())) {
                notifier.statusChanged(saved, current.status(), newStatus);
            }
            return saved;
        });
    }

    /** "Добавить документ": refuses files over 50 MB before reading them, and again if the stream is longer. */
    public CaseCard addDocument(Operator actor, long caseId, NewDocument document, InputStream content) {
        actor.require(Permission.EDIT_CASES);
        String name = requireText(document.documentName(), "Укажите название документа", 255);
        String fileName = requireText(document.fileName(), "Выберите файл", 255);
        if (document.declaredSize() > MAX_DOCUMENT_BYTES) {
            throw new ValidationException(DOCUMENT_TOO_LARGE);
        }
        String comment = document.comment() == null || document.comment().isBlank() ? null : document.comment().trim();
        return transactions.inTransaction(() -> {
            open(actor, caseId);
            StoredContent stored = documents.store(content, MAX_DOCUMENT_BYTES);
            Instant now = clock.instant();
            long itemId = cases.addItem(caseId, new DocumentItem(0, Side.ORGANISATION, now, actor.fullName(), name, fileName,
                    stored.size(), stored.sha256(), comment, stored.contentId(), document.requiresTwoSidedSignature()));
            cases.appendHistory(caseId, new CaseChange(now, actor.fullName(), "Добавлен документ", null,
                    name + " (" + fileName + ")"));
            CaseCard saved = open(actor, caseId);
            saved.timeline().stream().filter(item -> item.id() == itemId).findFirst()
                    .ifPresent(item -> notifier.organisationDocumentAdded(saved, (DocumentItem) item));
            return saved;
        });
    }

    /** "Добавить сообщение": the HTML is sanitised before it is stored. */
    public CaseCard addMessage(Operator actor, long caseId, String html) {
        actor.require(Permission.EDIT_CASES);
        SanitizedHtml message = sanitizer.sanitize(html == null ? "" : html);
        if (message.plainText().isBlank()) {
            throw new ValidationException("Введите текст сообщения");
        }
        return transactions.inTransaction(() -> {
            open(actor, caseId);
            Instant now = clock.instant();
            cases.addItem(caseId, new MessageItem(0, Side.ORGANISATION, now, actor.fullName(), message.html()));
            cases.appendHistory(caseId, new CaseChange(now, actor.fullName(), "Добавлено сообщение", null,
                    abbreviate(message.plainText())));
            CaseCard saved = open(actor, caseId);
            notifier.organisationMessageAdded(saved);
            return saved;
        });
    }

    /** "Добавить статус": a progress note for the applicant. */
    public CaseCard addStatusNote(Operator actor, long caseId, String text) {
        actor.require(Permission.EDIT_CASES);
        String note = requireText(text, "Введите статус", CaseStatuses.MAX_LENGTH);
        return transactions.inTransaction(() -> {
            open(actor, caseId);
            Instant now = clock.instant();
            cases.addItem(caseId, new StatusNoteItem(0, Side.ORGANISATION, now, actor.fullName(), note));
            cases.appendHistory(caseId, new CaseChange(now, actor.fullName(), "Добавлен статус", null, note));
            return open(actor, caseId);
        });
    }

    /** "Удалить": only the organisation's own items; the applicant's stay. */
    public CaseCard deleteItem(Operator actor, long caseId, long itemId) {
        actor.require(Permission.EDIT_CASES);
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
            cases.appendHistory(caseId, new CaseChange(now, actor.fullName(), "Удалено: " + describe(item),
                    summary(item), null));
            return open(actor, caseId);
        });
    }

    public void download(Operator actor, DocumentItem document, OutputStream target) {
        actor.require(Permission.VIEW_CASES);
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
        return trimmed;
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
            case MessageItem message -> "сообщение от " + message.author();
            case StatusNoteItem note -> note.text();
        };
    }

    private static String abbreviate(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.length() <= 120 ? flat : flat.substring(0, 119) + "…";
    }
}
