package org.griddesk.core.registrations;

import org.griddesk.core.access.AccessControl;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.griddesk.core.applicants.Applicant;
import org.griddesk.core.applicants.ApplicantRepository;
import org.griddesk.core.audit.AuditTrail;
import org.griddesk.core.common.ConcurrentChangeException;
import org.griddesk.core.common.DomainException;
import org.griddesk.core.common.NotFoundException;
import org.griddesk.core.common.PlainText;
import org.griddesk.core.common.Transactions;
import org.griddesk.core.common.ValidationException;
import org.griddesk.core.access.Operator;
import org.griddesk.core.access.Permission;

/**
 * What a clerk does with portal registrations. Every action is one transaction: the new state, a history line
 * and the applicant's e-mail (through the notifier's outbox) are saved together or not at all. Confirmation
 * creates the applicant record, so that cases and signatures can refer to a checked identity.
 */
public class RegistrationService {
    public static final int MAX_REASON_LENGTH = 2000;
    public static final String PORTAL = "Портал";
    static final String STALE = "Регистрация уже изменена другим пользователем. Показаны актуальные данные — "
            + "проверьте их и повторите действие.";
    static final String NOT_FOUND = "Регистрация не найдена: возможно, она удалена";
    static final String NOT_ACTIVATED = "Регистрацию можно подтвердить только после того, как заявитель "
            + "активирует личный кабинет по ссылке из письма";
    private static final Set<RegistrationState> UNDER_REVIEW =
            EnumSet.of(RegistrationState.NEW, RegistrationState.CORRECTION_REQUESTED);

    private final RegistrationRepository registrations;
    private final ApplicantRepository applicants;
    private final RegistrationNotifier notifier;
    private final Transactions transactions;
    private final Clock clock;
    private final DuplicateFinder duplicates;
    private final AuditTrail audit;
    private final AccessControl access;

    /** Without an audit trail: tests of the review rules alone. */
    public RegistrationService(RegistrationRepository registrations, ApplicantRepository applicants,
                               RegistrationNotifier notifier, Transactions transactions, Clock clock, AccessControl access) {
        this(registrations, applicants, notifier, transactions, clock, AuditTrail.NONE, access);
    }

    public RegistrationService(RegistrationRepository registrations, ApplicantRepository applicants,
                               RegistrationNotifier notifier, Transactions transactions, Clock clock, AuditTrail audit, AccessControl access) {
        this.access = access;
        this.audit = audit;
        this.registrations = registrations;
        this.applicants = applicants;
        this.notifier = notifier;
        this.transactions = transactions;
        this.clock = clock;
        this.duplicates = new DuplicateFinder(registrations);
    }

    public RegistrationPage list(Operator actor, RegistrationQuery query) {
        access.require(actor, Permission.VIEW_CASES);
        Instant now = clock.instant();
        List<RegistrationRow> rows = registrations.find(query, now).stream()
                .map(registration -> new RegistrationRow(registration, Activation.of(registration, now),
                        RegistrationChecks.check(registration, now)))
                .toList();
        return new RegistrationPage(rows, registrations.count(query, now));
    }

    /** How many duplicates each listed registration has: for the queue's marker, not a view of anyone's data. */
    public java.util.Map<Long, Integer> duplicateCounts(Operator actor, RegistrationPage page) {
        access.require(actor, Permission.VIEW_CASES);
        java.util.Map<Long, Integer> counts = new java.util.HashMap<>();
        duplicates.findAll(page.rows().stream().map(RegistrationRow::registration).toList())
                .forEach((id, found) -> counts.put(id, found.size()));
        return counts;
    }

    /** See {@link RegistrationRepository#changeMark()}; no personal data, so not audited. */
    public long changeMark(Operator actor) {
        access.require(actor, Permission.VIEW_CASES);
        return registrations.changeMark();
    }

    /** Shows the applicant's personal data: each opening is in the audit trail (152-FZ). */
    public RegistrationCard open(Operator actor, long registrationId) {
        access.require(actor, Permission.VIEW_CASES);
        RegistrationCard card = card(load(registrationId));
        audit.record(actor, "Просмотр регистрации и персональных данных заявителя", "Регистрация №" + registrationId,
                null, null);
        return card;
    }

    /**
     * The portal's side: the applicant followed the e-mail's link, so the account is active (and the e-mail confirmed,
     * when the portal says when). A registration removed meanwhile (its activation window ran out) is refused.
     */
    public void activated(long registrationId, Instant emailConfirmedAt, Instant activatedAt) {
        transactions.run(() -> {
            if (!registrations.recordActivation(registrationId, emailConfirmedAt, activatedAt)) {
                throw new NotFoundException(NOT_FOUND);
            }
            registrations.appendHistory(registrationId, new RegistrationChange(activatedAt, PORTAL,
                    "Учётная запись активирована", null, null));
        });
    }

    /** The portal's side (and fixtures): stores a new registration and tells the organisation's mailbox. */
    public long receive(NewRegistration registration) {
        return transactions.inTransaction(() -> {
            long id = registrations.create(registration);
            registrations.appendHistory(id, new RegistrationChange(registration.registeredAt(), PORTAL,
                    "Регистрация на портале", null, RegistrationState.NEW.title()));
            notifier.newRegistration(registration.form().displayName(), registration.form().type().title(),
                    registration.registeredAt());
            return id;
        });
    }

    /**
     * "Подтвердить": only an activated registration without errors and without an account already holding its
     * phone or e-mail. Marks the filled fields verified and creates the applicant.
     */
    public RegistrationCard confirm(Operator actor, long registrationId, long seenVersion) {
        access.require(actor, Permission.EDIT_CASES);
        return transactions.inTransaction(() -> {
            Registration current = current(registrationId, seenVersion, UNDER_REVIEW, "подтвердить");
            if (current.activatedAt() == null) {
                throw new ValidationException(NOT_ACTIVATED);
            }
            List<String> errors = RegistrationChecks.check(current, clock.instant()).stream()
                    .filter(RegistrationProblem::isError).map(RegistrationProblem::message).toList();
            if (!errors.isEmpty()) {
                throw new ValidationException("Регистрацию нельзя подтвердить: " + String.join("; ", errors));
            }
            for (Duplicate duplicate : duplicates.find(current)) {
                if (duplicate.blocksConfirmation()) {
                    throw new ValidationException("Регистрацию нельзя подтвердить. " + duplicate.message());
                }
            }
            Applicant applicant = ApplicantFromRegistration.create(current);
            long applicantId = applicants.create(applicant);
            Registration confirmed = current.reviewed(RegistrationState.CONFIRMED, null, null,
                    new HashSet<>(RequiredFields.filled(current.form())), applicantId);
            save(actor, current, confirmed, seenVersion, "Подтверждение регистрации",
                    RegistrationState.CONFIRMED.title() + ", создан заявитель №" + applicantId);
            notifier.confirmed(applicant.email().value(), applicant.displayName());
            return card(load(registrationId));
        });
    }

    /** "Отклонить": the reason goes to the applicant by e-mail. */
    public RegistrationCard reject(Operator actor, long registrationId, long seenVersion, String reason) {
        return answerApplicant(actor, registrationId, seenVersion, reason, "Укажите причину отклонения регистрации",
                RegistrationState.REJECTED, "отклонить", "Отклонение регистрации", notifier::rejected);
    }

    /** "Запросить исправление": what to correct goes to the applicant by e-mail. */
    public RegistrationCard requestCorrection(Operator actor, long registrationId, long seenVersion, String reason) {
        return answerApplicant(actor, registrationId, seenVersion, reason, "Укажите, что заявителю нужно исправить",
                RegistrationState.CORRECTION_REQUESTED, "вернуть на исправление", "Запрос исправления",
                notifier::correctionRequested);
    }

    /** How the applicant hears of a rejection or a correction: e-mail, name, reason. */
    private interface ReasonLetter {
        void send(String email, String applicantName, String reason);
    }

    /** A review that ends with a reason sent to the applicant, in the transaction of the state change. */
    private RegistrationCard answerApplicant(Operator actor, long registrationId, long seenVersion, String reason,
                                             String noReason, RegistrationState outcome, String verb, String what,
                                             ReasonLetter letter) {
        access.require(actor, Permission.EDIT_CASES);
        String why = requireReason(reason, noReason);
        return transactions.inTransaction(() -> {
            Registration current = current(registrationId, seenVersion, UNDER_REVIEW, verb);
            Registration answered = current.reviewed(outcome, why, null, current.verifiedFields(), current.applicantId());
            save(actor, current, answered, seenVersion, what, withReason(answered));
            letter.send(email(current), current.displayName(), why);
            return card(load(registrationId));
        });
    }

    /** "Заблокировать": remembers the state it interrupts, which unblocking restores. */
    public RegistrationCard block(Operator actor, long registrationId, long seenVersion, String reason) {
        access.require(actor, Permission.EDIT_CASES);
        String why = requireReason(reason, "Укажите причину блокировки");
        return transactions.inTransaction(() -> {
            Registration current = current(registrationId, seenVersion,
                    EnumSet.complementOf(EnumSet.of(RegistrationState.BLOCKED)), "заблокировать");
            Registration blocked = current.reviewed(RegistrationState.BLOCKED, why, current.state(),
                    current.verifiedFields(), current.applicantId());
            save(actor, current, blocked, seenVersion, "Блокировка учётной записи", withReason(blocked));
            return card(load(registrationId));
        });
    }

    public RegistrationCard unblock(Operator actor, long registrationId, long seenVersion) {
        access.require(actor, Permission.EDIT_CASES);
        return transactions.inTransaction(() -> {
            Registration current = current(registrationId, seenVersion, EnumSet.of(RegistrationState.BLOCKED),
                    "разблокировать");
            RegistrationState restored = current.blockedFrom() == null ? RegistrationState.NEW : current.blockedFrom();
            Registration unblocked = current.reviewed(restored, null, null, current.verifiedFields(),
                    current.applicantId());
            save(actor, current, unblocked, seenVersion, "Разблокировка учётной записи", restored.title());
            return card(load(registrationId));
        });
    }

    private RegistrationCard card(Registration registration) {
        Instant now = clock.instant();
        return new RegistrationCard(registration, Activation.of(registration, now),
                RegistrationChecks.check(registration, now), duplicates.find(registration),
                registrations.history(registration.id()));
    }

    private Registration load(long registrationId) {
        return registrations.findById(registrationId).orElseThrow(() -> new NotFoundException(NOT_FOUND));
    }

    /** The registration as the clerk saw it, in a state that allows the action; otherwise nothing is done. */
    private Registration current(long registrationId, long seenVersion, Set<RegistrationState> allowed, String verb) {
        Registration current = load(registrationId);
        if (current.version() != seenVersion) {
            throw new ConcurrentChangeException(STALE);
        }
        if (!allowed.contains(current.state())) {
            throw new DomainException("Регистрацию в состоянии «" + current.state().title() + "» нельзя " + verb
                    + ". Это можно сделать в состояниях: " + allowed.stream().map(RegistrationState::title)
                    .map(title -> "«" + title + "»").collect(Collectors.joining(", ")));
        }
        return current;
    }

    private void save(Operator actor, Registration before, Registration after, long seenVersion, String what,
                      String afterText) {
        if (!registrations.updateReview(after, seenVersion)) {
            throw new ConcurrentChangeException(STALE);
        }
        registrations.appendHistory(before.id(), new RegistrationChange(clock.instant(), actor.fullName(), what,
                before.state().title(), afterText));
        audit.record(actor, what, "Регистрация №" + before.id(), before.state().title(), afterText);
    }

    private static String withReason(Registration registration) {
        return registration.state().title() + ". Причина: " + registration.stateReason();
    }

    /** As typed: a wrong address is the outbox's to report, it must not stop the clerk's decision. */
    private static String email(Registration registration) {
        String email = registration.form().email();
        return email == null ? "" : email.strip();
    }

    private static String requireReason(String reason, String emptyMessage) {
        if (reason == null || reason.isBlank()) {
            throw new ValidationException(emptyMessage);
        }
        String text = reason.strip();
        if (text.length() > MAX_REASON_LENGTH) {
            throw new ValidationException("Причина не может быть длиннее " + MAX_REASON_LENGTH + " символов");
        }
        return PlainText.refuseHidden(text, "Причина");
    }
}
