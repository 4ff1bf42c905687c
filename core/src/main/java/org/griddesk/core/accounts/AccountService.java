package org.griddesk.core.accounts;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.griddesk.core.access.AccessControl;
import org.griddesk.core.access.Operator;
import org.griddesk.core.access.Permission;
import org.griddesk.core.audit.AuditTrail;
import org.griddesk.core.common.ConcurrentChangeException;
import org.griddesk.core.common.NotFoundException;
import org.griddesk.core.common.Transactions;
import org.griddesk.core.common.ValidationException;
import org.griddesk.core.readings.ReadingRepository;

/**
 * The customer-service clerk's side of personal accounts: finding one, its card (every opening in the 152-FZ
 * audit trail), deciding the portal users' link requests (§2.4) and unlinking (§2.5).
 */
public final class AccountService {
    /** The seed's answer to a request naming no account. */
    public static final String NOT_FOUND = "Данный лицевой счет не найден";
    /** How far back the card's histories go (§2.7, §2.8: at most the last 3 years). */
    public static final int YEARS_SHOWN = 3;

    private final AccountRepository accounts;
    private final ReadingRepository readings;
    private final AuditTrail audit;
    private final AccessControl access;
    private final Transactions transactions;
    private final Clock clock;

    public AccountService(AccountRepository accounts, ReadingRepository readings, AuditTrail audit,
                          AccessControl access, Transactions transactions, Clock clock) {
        this.accounts = accounts;
        this.readings = readings;
        this.audit = audit;
        this.access = access;
        this.transactions = transactions;
        this.clock = clock;
    }

    public List<AccountRow> search(Operator actor, AccountQuery query) {
        access.require(actor, Permission.VIEW_CASES);
        return accounts.search(query);
    }

    /** The account's card; recorded in the audit trail, as it shows the owner's personal data. */
    public AccountCard open(Operator actor, long accountId) {
        access.require(actor, Permission.VIEW_CASES);
        PersonalAccount account = load(accountId);
        ZoneId zone = clock.getZone();
        LocalDate today = LocalDate.now(clock);
        YearMonth since = YearMonth.from(today).minusYears(YEARS_SHOWN);
        Instant sinceInstant = since.atDay(1).atStartOfDay(zone).toInstant();
        List<Charge> charges = accounts.charges(accountId, since);
        List<Payment> payments = accounts.payments(accountId, sinceInstant);
        AccountCard card = new AccountCard(account, accounts.users(accountId),
                accounts.tariffs(account.branch().id(), since.atDay(1)),
                Ledger.months(account.balance(), charges, payments, zone), Ledger.bySupplier(charges, payments, zone),
                charges, payments, readings.metersOf(accountId, sinceInstant), accounts.requestsFor(account));
        audit.record(actor, "Просмотр лицевого счёта и персональных данных", subject(account), null, null);
        return card;
    }

    public List<LinkRequest> pendingRequests(Operator actor, int limit) {
        access.require(actor, Permission.VIEW_CASES);
        return accounts.pendingRequests(limit);
    }

    /**
     * Links the account to the portal user once the clerk has checked the owner's name: refused with the seed's text
     * when the branch has no such number, and when the name given is not the owner's.
     */
    public LinkRequest confirm(Operator actor, long requestId, long seenVersion) {
        Operator clerk = access.require(actor, Permission.EDIT_CASES);
        return transactions.inTransaction(() -> {
            LinkRequest request = pending(requestId, seenVersion);
            PersonalAccount account = accounts.findByNumber(request.branch().id(), request.accountNumber().strip())
                    .orElseThrow(() -> new ValidationException(NOT_FOUND + ". Откажите в привязке с этим ответом."));
            if (!OwnerNames.match(account.ownerName(), request.ownerName())) {
                throw new ValidationException("Указанный владелец («" + request.ownerName()
                        + "») не совпадает с владельцем лицевого счёта. Проверьте данные или откажите в привязке.");
            }
            Instant now = clock.instant();
            decide(request, LinkState.LINKED, "Лицевой счёт добавлен в личный кабинет", clerk, now);
            accounts.link(account.id(), request.applicantId(), now);
            if (request.eReceipt() && !account.eReceipt()) {
                accounts.setServices(account.id(), true, account.autopay());
            }
            audit.record(clerk, "Привязка лицевого счёта", subject(account), null, request.applicantName());
            return accounts.findRequest(requestId).orElseThrow();
        });
    }

    /** Refuses the request; a blank answer is the seed's «Данный лицевой счет не найден». */
    public LinkRequest refuse(Operator actor, long requestId, long seenVersion, String answer) {
        Operator clerk = access.require(actor, Permission.EDIT_CASES);
        String text = answer == null || answer.isBlank() ? NOT_FOUND : answer.strip();
        if (text.length() > 1000) {
            throw new ValidationException("Ответ длиннее 1000 символов");
        }
        return transactions.inTransaction(() -> {
            LinkRequest request = pending(requestId, seenVersion);
            decide(request, LinkState.REFUSED, text, clerk, clock.instant());
            audit.record(clerk, "Отказ в привязке лицевого счёта", "Лицевой счёт № " + request.accountNumber()
                    + " (" + request.branch().name() + ")", null, text);
            return accounts.findRequest(requestId).orElseThrow();
        });
    }

    /** «Отключить электронную квитанцию»: what the customer asks the support service for (§2.5). */
    public PersonalAccount endEReceipt(Operator actor, long accountId) {
        Operator clerk = access.require(actor, Permission.EDIT_CASES);
        return transactions.inTransaction(() -> {
            PersonalAccount account = load(accountId);
            accounts.setServices(accountId, false, account.autopay());
            audit.record(clerk, "Отключена электронная квитанция", subject(account), "подключена", "отключена");
            return load(accountId);
        });
    }

    /**
     * Unlinks the account from a portal user (§2.5): only once the e-receipt subscription is ended — the customer
     * cannot end it after unlinking; autopay is switched off with it.
     */
    public PersonalAccount unlink(Operator actor, long accountId, long applicantId) {
        Operator clerk = access.require(actor, Permission.EDIT_CASES);
        return transactions.inTransaction(() -> {
            PersonalAccount account = load(accountId);
            if (account.eReceipt()) {
                throw new ValidationException("Сначала отключите электронную квитанцию: после отключения лицевого "
                        + "счёта заявитель не сможет отменить её сам");
            }
            if (!accounts.unlink(accountId, applicantId)) {
                throw new NotFoundException("Этот пользователь портала уже не привязан к лицевому счёту");
            }
            accounts.setServices(accountId, false, false);
            audit.record(clerk, "Лицевой счёт отключён от личного кабинета", subject(account),
                    account.autopay() ? "автоплатёж подключён" : null, "автоплатёж отключён");
            return load(accountId);
        });
    }

    private LinkRequest pending(long requestId, long seenVersion) {
        LinkRequest request = accounts.findRequest(requestId)
                .orElseThrow(() -> new NotFoundException("Заявка на привязку лицевого счёта не найдена"));
        if (request.version() != seenVersion || request.state() != LinkState.NEW) {
            throw new ConcurrentChangeException("Заявку уже рассмотрел другой сотрудник: " + request.state().title());
        }
        return request;
    }

    private void decide(LinkRequest request, LinkState state, String answer, Operator clerk, Instant now) {
        if (!accounts.decide(request.id(), request.version(), state, answer, clerk.fullName(), now)) {
            throw new ConcurrentChangeException("Заявку уже рассмотрел другой сотрудник");
        }
    }

    private PersonalAccount load(long accountId) {
        return accounts.findById(accountId).orElseThrow(() -> new NotFoundException("Лицевой счёт не найден"));
    }

    static String subject(PersonalAccount account) {
        return "Лицевой счёт № " + account.number() + " (" + account.branch().name() + ")";
    }
}
