package org.griddesk.persistence.accounts;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.griddesk.core.accounts.AccountQuery;
import org.griddesk.core.accounts.AccountRepository;
import org.griddesk.core.accounts.AccountRow;
import org.griddesk.core.accounts.Balance;
import org.griddesk.core.accounts.Charge;
import org.griddesk.core.accounts.LinkRequest;
import org.griddesk.core.accounts.LinkState;
import org.griddesk.core.accounts.LinkedUser;
import org.griddesk.core.accounts.Payment;
import org.griddesk.core.accounts.PaymentMethod;
import org.griddesk.core.accounts.PaymentResult;
import org.griddesk.core.accounts.PersonalAccount;
import org.griddesk.core.accounts.RetailBranch;
import org.griddesk.core.accounts.Tariff;
import org.griddesk.core.common.SearchText;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

import static org.griddesk.persistence.database.Timestamps.fromColumn;
import static org.griddesk.persistence.database.Timestamps.toColumn;
import static org.griddesk.persistence.schema.Tables.ACCOUNT_CHARGE;
import static org.griddesk.persistence.schema.Tables.ACCOUNT_LINK;
import static org.griddesk.persistence.schema.Tables.ACCOUNT_LINK_REQUEST;
import static org.griddesk.persistence.schema.Tables.ACCOUNT_PAYMENT;
import static org.griddesk.persistence.schema.Tables.APPLICANT;
import static org.griddesk.persistence.schema.Tables.PERSONAL_ACCOUNT;
import static org.griddesk.persistence.schema.Tables.RETAIL_BRANCH;
import static org.griddesk.persistence.schema.Tables.RETAIL_TARIFF;

/** Personal accounts and what hangs off them (V21). The search reads the kept lower-case search_text. */
public final class JooqAccounts implements AccountRepository {
    private final DSLContext dsl;

    public JooqAccounts(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The search key stored with an account: what {@link #search} matches words against. */
    public static String searchText(String number, String owner, String address, String phone, String email) {
        String phoneDigits = phone == null ? "" : phone.replaceAll("\\D", "");
        return SearchText.normalize(String.join(" | ", number, owner, address, phoneDigits, email == null ? "" : email));
    }

    @Override
    public List<AccountRow> search(AccountQuery query) {
        if (query.digitsOnly()) {
            List<AccountRow> byNumber = rows(PERSONAL_ACCOUNT.NUMBER.eq(query.digits()), query.limit());
            if (!byNumber.isEmpty()) {
                return byNumber;
            }
        }
        Condition everyWord = DSL.and(SearchText.words(query.digitsOnly() ? query.digits() : query.text()).stream()
                .map(word -> PERSONAL_ACCOUNT.SEARCH_TEXT.like("%" + escape(word) + "%", '!')).toList());
        return rows(everyWord, query.limit());
    }

    private static String escape(String word) {
        return word.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    private List<AccountRow> rows(Condition condition, int limit) {
        return dsl.select(PERSONAL_ACCOUNT.ID, RETAIL_BRANCH.NAME, PERSONAL_ACCOUNT.NUMBER, PERSONAL_ACCOUNT.OWNER_NAME,
                        PERSONAL_ACCOUNT.ADDRESS, PERSONAL_ACCOUNT.BALANCE)
                .from(PERSONAL_ACCOUNT).join(RETAIL_BRANCH).on(RETAIL_BRANCH.ID.eq(PERSONAL_ACCOUNT.BRANCH_ID))
                .where(condition)
                .orderBy(PERSONAL_ACCOUNT.OWNER_NAME, PERSONAL_ACCOUNT.ID)
                .limit(limit)
                .fetch(row -> new AccountRow(row.value1(), row.value2(), row.value3(), row.value4(), row.value5(),
                        new Balance(row.value6())));
    }

    @Override
    public Optional<PersonalAccount> findById(long id) {
        return account(PERSONAL_ACCOUNT.ID.eq(id));
    }

    @Override
    public Optional<PersonalAccount> findByNumber(long branchId, String number) {
        return account(PERSONAL_ACCOUNT.BRANCH_ID.eq(branchId).and(PERSONAL_ACCOUNT.NUMBER.eq(number)));
    }

    private Optional<PersonalAccount> account(Condition condition) {
        return dsl.select().from(PERSONAL_ACCOUNT).join(RETAIL_BRANCH).on(RETAIL_BRANCH.ID.eq(PERSONAL_ACCOUNT.BRANCH_ID))
                .where(condition).fetchOptional(row -> new PersonalAccount(row.get(PERSONAL_ACCOUNT.ID), branch(row),
                        row.get(PERSONAL_ACCOUNT.NUMBER), row.get(PERSONAL_ACCOUNT.OWNER_NAME),
                        row.get(PERSONAL_ACCOUNT.ADDRESS), row.get(PERSONAL_ACCOUNT.PHONE), row.get(PERSONAL_ACCOUNT.EMAIL),
                        row.get(PERSONAL_ACCOUNT.E_RECEIPT), row.get(PERSONAL_ACCOUNT.AUTOPAY),
                        new Balance(row.get(PERSONAL_ACCOUNT.BALANCE))));
    }

    private static RetailBranch branch(Record row) {
        return new RetailBranch(row.get(RETAIL_BRANCH.ID), row.get(RETAIL_BRANCH.NAME), row.get(RETAIL_BRANCH.SUPPLIER));
    }

    @Override
    public List<LinkedUser> users(long accountId) {
        return dsl.select(APPLICANT.ID, APPLICANT.DISPLAY_NAME, APPLICANT.EMAIL, ACCOUNT_LINK.LINKED_AT)
                .from(ACCOUNT_LINK).join(APPLICANT).on(APPLICANT.ID.eq(ACCOUNT_LINK.APPLICANT_ID))
                .where(ACCOUNT_LINK.ACCOUNT_ID.eq(accountId)).orderBy(ACCOUNT_LINK.LINKED_AT)
                .fetch(row -> new LinkedUser(row.value1(), row.value2(), row.value3(), fromColumn(row.value4())));
    }

    @Override
    public List<Tariff> tariffs(long branchId, LocalDate since) {
        return dsl.selectFrom(RETAIL_TARIFF)
                .where(RETAIL_TARIFF.BRANCH_ID.eq(branchId)
                        .and(RETAIL_TARIFF.VALID_TO.isNull().or(RETAIL_TARIFF.VALID_TO.ge(since))))
                .orderBy(RETAIL_TARIFF.VALID_FROM.desc(), RETAIL_TARIFF.SERVICE, RETAIL_TARIFF.ZONE)
                .fetch(row -> new Tariff(row.getService(), row.getZone(), row.getValidFrom(), row.getValidTo(),
                        row.getPrice(), row.getApprovedBy()));
    }

    @Override
    public List<Charge> charges(long accountId, YearMonth since) {
        return dsl.selectFrom(ACCOUNT_CHARGE)
                .where(ACCOUNT_CHARGE.ACCOUNT_ID.eq(accountId).and(ACCOUNT_CHARGE.CHARGE_MONTH.ge(since.atDay(1))))
                .orderBy(ACCOUNT_CHARGE.CHARGE_MONTH.desc(), ACCOUNT_CHARGE.SUPPLIER, ACCOUNT_CHARGE.SERVICE)
                .fetch(row -> new Charge(YearMonth.from(row.getChargeMonth()), row.getService(), row.getSupplier(),
                        row.getVolume(), row.getAmount()));
    }

    @Override
    public List<Payment> payments(long accountId, Instant since) {
        return dsl.selectFrom(ACCOUNT_PAYMENT)
                .where(ACCOUNT_PAYMENT.ACCOUNT_ID.eq(accountId).and(ACCOUNT_PAYMENT.PAID_AT.ge(toColumn(since))))
                .orderBy(ACCOUNT_PAYMENT.PAID_AT.desc(), ACCOUNT_PAYMENT.ID.desc())
                .fetch(row -> new Payment(row.getId(), fromColumn(row.getPaidAt()), PaymentMethod.valueOf(row.getMethod()),
                        row.getSupplier(), row.getAmount(), PaymentResult.valueOf(row.getResult()), row.getAdvance()));
    }

    @Override
    public List<LinkRequest> requestsFor(PersonalAccount account) {
        return requests(ACCOUNT_LINK_REQUEST.BRANCH_ID.eq(account.branch().id())
                .and(ACCOUNT_LINK_REQUEST.ACCOUNT_NUMBER.eq(account.number())), false, 100);
    }

    @Override
    public List<LinkRequest> pendingRequests(int limit) {
        return requests(ACCOUNT_LINK_REQUEST.STATE.eq(LinkState.NEW.name()), true, limit);
    }

    @Override
    public Optional<LinkRequest> findRequest(long requestId) {
        return requests(ACCOUNT_LINK_REQUEST.ID.eq(requestId), true, 1).stream().findFirst();
    }

    private List<LinkRequest> requests(Condition condition, boolean oldestFirst, int limit) {
        var r = ACCOUNT_LINK_REQUEST;
        return dsl.select().from(r).join(RETAIL_BRANCH).on(RETAIL_BRANCH.ID.eq(r.BRANCH_ID))
                .join(APPLICANT).on(APPLICANT.ID.eq(r.APPLICANT_ID))
                .where(condition)
                .orderBy(oldestFirst ? r.SUBMITTED_AT.asc() : r.SUBMITTED_AT.desc(), r.ID)
                .limit(limit)
                .fetch(row -> new LinkRequest(row.get(r.ID), row.get(r.VERSION), row.get(r.APPLICANT_ID),
                        row.get(APPLICANT.DISPLAY_NAME), branch(row), row.get(r.ACCOUNT_NUMBER), row.get(r.OWNER_NAME),
                        row.get(r.E_RECEIPT), fromColumn(row.get(r.SUBMITTED_AT)), LinkState.valueOf(row.get(r.STATE)),
                        row.get(r.ANSWER)));
    }

    @Override
    public boolean decide(long requestId, long expectedVersion, LinkState state, String answer, String decidedBy,
                          Instant at) {
        var r = ACCOUNT_LINK_REQUEST;
        return dsl.update(r).set(r.STATE, state.name()).set(r.ANSWER, answer).set(r.DECIDED_BY, decidedBy)
                .set(r.DECIDED_AT, toColumn(at)).set(r.VERSION, r.VERSION.plus(1))
                .where(r.ID.eq(requestId).and(r.VERSION.eq(expectedVersion))).execute() == 1;
    }

    @Override
    public void link(long accountId, long applicantId, Instant at) {
        dsl.insertInto(ACCOUNT_LINK).set(ACCOUNT_LINK.ACCOUNT_ID, accountId).set(ACCOUNT_LINK.APPLICANT_ID, applicantId)
                .set(ACCOUNT_LINK.LINKED_AT, toColumn(at)).onDuplicateKeyIgnore().execute();
    }

    @Override
    public boolean unlink(long accountId, long applicantId) {
        return dsl.deleteFrom(ACCOUNT_LINK).where(ACCOUNT_LINK.ACCOUNT_ID.eq(accountId)
                .and(ACCOUNT_LINK.APPLICANT_ID.eq(applicantId))).execute() == 1;
    }

    @Override
    public void setServices(long accountId, boolean eReceipt, boolean autopay) {
        dsl.update(PERSONAL_ACCOUNT).set(PERSONAL_ACCOUNT.E_RECEIPT, eReceipt).set(PERSONAL_ACCOUNT.AUTOPAY, autopay)
                .where(PERSONAL_ACCOUNT.ID.eq(accountId)).execute();
    }
}
