package org.griddesk.core.notifications;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.griddesk.core.cases.CaseCard;
import org.griddesk.core.cases.CaseNotifier;
import org.griddesk.core.cases.DocumentItem;
import org.griddesk.core.readings.MeterContext;
import org.griddesk.core.readings.ReadingNotifier;
import org.griddesk.core.registrations.RegistrationNotifier;

/**
 * Renders the templates and puts the messages into the outbox, inside the caller's transaction. Delivery
 * happens later, by {@link OutboxDelivery}; {@code enqueued} only nudges it.
 */
public final class MailNotifier implements CaseNotifier, RegistrationNotifier, ReadingNotifier {
    static final String WITHOUT_NUMBER = "без номера";
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final MailTemplates templates;
    private final Outbox outbox;
    private final Clock clock;
    private final Supplier<String> organisationName;
    private final Supplier<String> organisationMailbox;
    private final String portalText;
    private final Runnable enqueued;

    /**
     * @param organisationMailbox where new registrations are reported; blank means nobody is told
     * @param portalLink          the address of the applicants' personal account, or blank when there is none to give
     * @param enqueued            called after each queued message, e.g. to ask the delivery worker for an early run
     */
    public MailNotifier(MailTemplates templates, Outbox outbox, Clock clock, String organisationName,
                        String organisationMailbox, String portalLink, Runnable enqueued) {
        this(templates, outbox, clock, () -> organisationName, () -> organisationMailbox, portalLink, enqueued);
    }

    /**
     * {@code organisationName} and {@code organisationMailbox} are read for each letter: the administrator may change
     * them in «Данные и настройки» meanwhile.
     */
    public MailNotifier(MailTemplates templates, Outbox outbox, Clock clock, Supplier<String> organisationName,
                        Supplier<String> organisationMailbox, String portalLink, Runnable enqueued) {
        this.templates = templates;
        this.outbox = outbox;
        this.clock = clock;
        this.organisationName = () -> {
            String name = organisationName.get();
            return name == null ? "" : name.strip();
        };
        this.organisationMailbox = () -> {
            String mailbox = organisationMailbox.get();
            return mailbox == null ? "" : mailbox;
        };
        this.portalText = portalLink == null || portalLink.isBlank()
                ? "Подробности — в вашем личном кабинете на портале."
                : "Подробности — в вашем личном кабинете: " + portalLink.strip();
        this.enqueued = enqueued;
    }

    public MailNotifier(MailTemplates templates, Outbox outbox, Clock clock, String organisationName,
                        String organisationMailbox, String portalLink) {
        this(templates, outbox, clock, organisationName, organisationMailbox, portalLink, () -> { });
    }

    @Override
    public void statusChanged(CaseCard card, String before, String after) {
        Map<String, String> values = caseValues(card);
        values.put(Placeholder.OLD_STATUS.key(), before == null || before.isBlank() ? "—" : before);
        values.put(Placeholder.NEW_STATUS.key(), after);
        toApplicant(card, NotificationKind.CASE_STATUS_CHANGED, values);
    }

    @Override
    public void organisationMessageAdded(CaseCard card) {
        toApplicant(card, NotificationKind.ORGANISATION_MESSAGE, caseValues(card));
    }

    @Override
    public void organisationDocumentAdded(CaseCard card, DocumentItem document) {
        Map<String, String> values = caseValues(card);
        values.put(Placeholder.DOCUMENT.key(), documentName(document));
        toApplicant(card, NotificationKind.ORGANISATION_DOCUMENT, values);
    }

    @Override
    public void signatureAwaited(CaseCard card, DocumentItem document) {
        Map<String, String> values = caseValues(card);
        values.put(Placeholder.DOCUMENT.key(), documentName(document));
        toApplicant(card, NotificationKind.SIGNATURE_AWAITED, values);
    }

    @Override
    public void statusNoteAdded(CaseCard card, String note) {
        Map<String, String> values = caseValues(card);
        values.put(Placeholder.NEW_STATUS.key(), note);
        toApplicant(card, NotificationKind.STATUS_NOTE_ADDED, values);
    }

    @Override
    public void signedByBoth(CaseCard card, DocumentItem document) {
        Map<String, String> values = caseValues(card);
        values.put(Placeholder.DOCUMENT.key(), documentName(document));
        toApplicant(card, NotificationKind.DOCUMENT_SIGNED_BY_BOTH, values);
    }

    @Override
    public void newRegistration(String applicantName, String applicantTypeTitle, Instant registeredAt) {
        Map<String, String> values = commonValues(applicantName);
        values.put(Placeholder.APPLICANT_TYPE.key(), applicantTypeTitle);
        values.put(Placeholder.REGISTERED_AT.key(), DATE_TIME.format(registeredAt.atZone(clock.getZone())));
        send(NotificationKind.NEW_REGISTRATION, null, organisationMailbox.get().strip(), values);
    }

    @Override
    public void confirmed(String email, String applicantName) {
        send(NotificationKind.REGISTRATION_CONFIRMED, null, email, commonValues(applicantName));
    }

    @Override
    public void rejected(String email, String applicantName, String reason) {
        send(NotificationKind.REGISTRATION_REJECTED, null, email, withReason(applicantName, reason));
    }

    @Override
    public void correctionRequested(String email, String applicantName, String reason) {
        send(NotificationKind.REGISTRATION_CORRECTION, null, email, withReason(applicantName, reason));
    }

    @Override
    public void rejected(MeterContext meter, String reading, String reason) {
        send(NotificationKind.READING_REJECTED, null, meter.email(), readingValues(meter, reading, reason));
    }

    @Override
    public void corrected(MeterContext meter, String reading, String reason) {
        send(NotificationKind.READING_CORRECTED, null, meter.email(), readingValues(meter, reading, reason));
    }

    @Override
    public void faultAnswered(MeterContext meter, String answer) {
        Map<String, String> values = withReason(meter.ownerName(), answer);
        values.put(Placeholder.ACCOUNT.key(), meter.accountNumber());
        values.put(Placeholder.METER.key(), meter.meter().serialNumber());
        send(NotificationKind.FAULT_NOTICE_ANSWERED, null, meter.email(), values);
    }

    private Map<String, String> readingValues(MeterContext meter, String reading, String reason) {
        Map<String, String> values = withReason(meter.ownerName(), reason);
        values.put(Placeholder.ACCOUNT.key(), meter.accountNumber());
        values.put(Placeholder.READING.key(), reading);
        return values;
    }

    private Map<String, String> withReason(String applicantName, String reason) {
        Map<String, String> values = commonValues(applicantName);
        values.put(Placeholder.REASON.key(), reason == null ? "" : reason.strip());
        return values;
    }

    /** The contact person is greeted, also for a legal entity: it is their mailbox. */
    private Map<String, String> caseValues(CaseCard card) {
        Map<String, String> values = commonValues(card.applicant().person().display());
        values.put(Placeholder.CASE_TITLE.key(), card.title());
        String number = card.registrationNumber();
        values.put(Placeholder.CASE_NUMBER.key(), number == null || number.isBlank() ? WITHOUT_NUMBER : number);
        return values;
    }

    private Map<String, String> commonValues(String applicantName) {
        Map<String, String> values = new HashMap<>();
        values.put(Placeholder.APPLICANT.key(), applicantName == null ? "" : applicantName.strip());
        values.put(Placeholder.ORGANISATION.key(), organisationName.get());
        values.put(Placeholder.PORTAL.key(), portalText);
        return values;
    }

    private static String documentName(DocumentItem document) {
        String name = document.documentName();
        return name == null || name.isBlank() ? document.fileName() : name;
    }

    private void toApplicant(CaseCard card, NotificationKind kind, Map<String, String> values) {
        send(kind, card.id(), card.applicant().email().value(), values);
    }

    private void send(NotificationKind kind, Long caseId, String to, Map<String, String> values) {
        if (to == null || to.isBlank()) {
            return;
        }
        MailMessage message = templates.get(kind).render(to.strip(), values);
        outbox.enqueue(kind, caseId, message, clock.instant());
        enqueued.run();
    }
}
