package org.griddesk.core.portal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.griddesk.core.cases.CaseCard;
import org.griddesk.core.cases.CaseChange;
import org.griddesk.core.cases.CaseDictionaries;
import org.griddesk.core.cases.CaseRepository;
import org.griddesk.core.cases.CaseService;
import org.griddesk.core.cases.DocumentItem;
import org.griddesk.core.cases.DocumentStore;
import org.griddesk.core.cases.FileFormats;
import org.griddesk.core.cases.HtmlSanitizer;
import org.griddesk.core.cases.MessageItem;
import org.griddesk.core.cases.NewCase;
import org.griddesk.core.cases.SanitizedHtml;
import org.griddesk.core.cases.Side;
import org.griddesk.core.cases.StoredContent;
import org.griddesk.core.common.Transactions;
import org.griddesk.core.common.ValidationException;
import org.griddesk.core.portal.PortalInbox.PortalRow;

/**
 * Takes in what applicants sent: a new case (status «Ожидание ответа электросетевой», its deadline planned by the
 * deadline keeper) or a reply to one of their own cases, with the message sanitised and each file checked and stored
 * as the applicant's document. A file of a format the organisation does not accept, or a reply to someone else's
 * case, refuses the whole submission.
 */
final class SubmissionIntake {
    static final String HISTORY_LINE = "Поступило с портала";

    private final PortalInbox inbox;
    private final CaseRepository cases;
    private final DocumentStore documents;
    private final HtmlSanitizer sanitizer;
    private final CaseDictionaries administered;
    private final ClaimedRows rows;
    private final Clock clock;

    SubmissionIntake(PortalInbox inbox, CaseRepository cases, DocumentStore documents, HtmlSanitizer sanitizer,
                     CaseDictionaries administered, Transactions transactions, Clock clock) {
        this.inbox = inbox;
        this.cases = cases;
        this.documents = documents;
        this.sanitizer = sanitizer;
        this.administered = administered;
        this.rows = new ClaimedRows(inbox, transactions, clock);
        this.clock = clock;
    }

    int takeIn() {
        return rows.takeIn(PortalRow.SUBMISSION,
                inbox.claimSubmissions(clock.instant(), PortalIntake.LEASE, PortalIntake.BATCH),
                PortalSubmission::id, this::takeIn);
    }

    private void takeIn(PortalSubmission submission) {
        SanitizedHtml message = sanitizer.sanitize(submission.messageHtml() == null ? "" : submission.messageHtml());
        boolean hasMessage = !message.plainText().isBlank();
        if (submission.replyTo() != null && !hasMessage && submission.files().isEmpty()) {
            throw new ValidationException("Пустой ответ: ни текста, ни файлов");
        }
        long caseId = submission.replyTo() != null ? ownCase(submission) : cases.create(new NewCase(
                submission.applicantId(), submission.kind(), requireTitle(submission.title()), submission.sentAt(),
                submission.capacityKw(), submission.voltageKv(), submission.temporary(), submission.applicationKind()));
        String author = card(caseId).applicant().person().display();
        if (hasMessage) {
            cases.addItem(caseId, new MessageItem(0, Side.APPLICANT, submission.sentAt(), author, message.html()));
        }
        Map<Long, Long> items = new LinkedHashMap<>();
        for (PortalFile file : submission.files()) {
            StoredContent stored = store(file);
            items.put(file.id(), cases.addItem(caseId, new DocumentItem(0, Side.APPLICANT, submission.sentAt(), author,
                    file.documentName(), file.fileName(), stored.size(), stored.sha256(), blankToNull(file.comment()),
                    stored.contentId(), false)));
        }
        cases.appendHistory(caseId, new CaseChange(submission.sentAt(), author, HISTORY_LINE, null,
                summary(submission, hasMessage)));
        inbox.submissionTaken(submission.id(), clock.instant(), caseId, items);
    }

    private long ownCase(PortalSubmission submission) {
        CaseCard card = card(submission.replyTo());
        if (card.applicant().id() != submission.applicantId()) {
            throw new ValidationException("Обращение " + submission.replyTo() + " подано другим заявителем");
        }
        return card.id();
    }

    private CaseCard card(long caseId) {
        return cases.load(caseId).orElseThrow(() -> new ValidationException("Обращение " + caseId + " не найдено"));
    }

    private static String requireTitle(String title) {
        if (title == null || title.isBlank()) {
            throw new ValidationException("Не указана тема обращения");
        }
        return title.strip();
    }

    /** The format is checked on the file's first bytes before anything is stored, as for a clerk's document. */
    private StoredContent store(PortalFile file) {
        try (InputStream content = new BufferedInputStream(inbox.openFile(file.id()), FileFormats.HEAD_BYTES)) {
            content.mark(FileFormats.HEAD_BYTES);
            byte[] head = content.readNBytes(FileFormats.HEAD_BYTES);
            content.reset();
            if (head.length == 0) {
                throw new ValidationException("Файл «" + file.fileName() + "»: " + CaseService.DOCUMENT_EMPTY);
            }
            FileFormats.problem(file.fileName(), head, administered.documentFormats()).ifPresent(problem -> {
                throw new ValidationException("Файл «" + file.fileName() + "»: " + problem);
            });
            return documents.store(content, CaseService.MAX_DOCUMENT_BYTES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String summary(PortalSubmission submission, boolean hasMessage) {
        String what = submission.replyTo() != null ? "ответ заявителя"
                : submission.kind().title().toLowerCase(Locale.ROOT) + " «" + submission.title().strip() + "»";
        List<String> parts = new ArrayList<>(List.of(what));
        if (hasMessage) {
            parts.add("сообщение");
        }
        if (!submission.files().isEmpty()) {
            parts.add("файлов: " + submission.files().size());
        }
        return String.join(", ", parts);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
