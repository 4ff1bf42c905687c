package org.griddesk.persistence.benchmark;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import org.griddesk.core.accounts.AccountQuery;
import org.griddesk.core.accounts.AccountRow;
import org.griddesk.core.accounts.PersonalAccount;
import org.griddesk.core.readings.MeterReadings;
import org.griddesk.persistence.accounts.JooqAccounts;
import org.griddesk.persistence.readings.JooqReadings;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Result;

/**
 * The account search and card through GridDesk's repositories next to the same SQL sent raw, on the same
 * connection pool, alternately, after a warm-up; each line's results are compared as well as timed.
 */
public final class AccountsBenchmark {
    private static final int LIMIT = AccountQuery.DEFAULT_LIMIT;
    private static final String ROW = "SELECT a.id, b.name, a.number, a.owner_name, a.address, a.balance FROM personal_account a "
            + "JOIN retail_branch b ON b.id = a.branch_id WHERE ";
    private static final String ORDER = " ORDER BY a.owner_name, a.id LIMIT " + LIMIT;

    private final DSLContext dsl;
    private final JooqAccounts accounts;
    private final JooqReadings readings;

    public AccountsBenchmark(DSLContext dsl) {
        this.dsl = dsl;
        this.accounts = new JooqAccounts(dsl);
        this.readings = new JooqReadings(dsl);
    }

    public List<SideBySide.Figures> run(int accountCount, int warmUp, int runs) {
        long middle = accountCount / 2 + 1;
        Record sample = dsl.fetchSingle("SELECT number, phone FROM personal_account WHERE id = ?", middle);
        String number = sample.get(0, String.class);
        String phone = sample.get(1, String.class);
        List<SideBySide> lines = List.of(
                searchLine("поиск: номер лицевого счёта", number, "a.number = ?", number),
                searchLine("поиск: фамилия и имя (~50 счетов)", AccountsDataSet.RARE_OWNER,
                        "a.search_text LIKE ? AND a.search_text LIKE ?", "%королева%", "%ксения%"),
                searchLine("поиск: телефон", phone, "a.search_text LIKE ?", "%" + phone.substring(1) + "%"),
                searchLine("поиск: улица и дом", "Есенина д. 117",
                        "a.search_text LIKE ? AND a.search_text LIKE ? AND a.search_text LIKE ?", "%есенина%", "%д.%", "%117%"),
                new SideBySide("карточка лицевого счёта (3 года)", () -> card(middle), () -> rawCard(middle)));
        return lines.stream().map(line -> line.measure(warmUp, runs)).toList();
    }

    private SideBySide searchLine(String name, String typed, String where, Object... binds) {
        return new SideBySide(name, () -> accounts.search(new AccountQuery(typed, LIMIT)).stream().map(AccountRow::id).toList(),
                () -> dsl.fetch(ROW + where + ORDER, binds).getValues(0, Long.class));
    }

    /** The card's reads, as AccountService.open makes them (its audit record aside). */
    private List<Integer> card(long id) {
        PersonalAccount account = accounts.findById(id).orElseThrow();
        YearMonth since = YearMonth.now(ZoneOffset.UTC).minusYears(3);
        Instant sinceInstant = since.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        List<MeterReadings> meters = readings.metersOf(id, sinceInstant);
        return List.of(accounts.users(id).size(), accounts.tariffs(account.branch().id(), since.atDay(1)).size(),
                accounts.charges(id, since).size(), accounts.payments(id, sinceInstant).size(),
                meters.stream().mapToInt(meter -> meter.readings().size() + meter.faults().size()).sum(),
                accounts.requestsFor(account).size());
    }

    private List<Integer> rawCard(long id) {
        LocalDate since = YearMonth.now(ZoneOffset.UTC).minusYears(3).atDay(1);
        OffsetDateTime sinceInstant = since.atStartOfDay().atOffset(ZoneOffset.UTC);
        Record account = dsl.fetchSingle("SELECT * FROM personal_account a JOIN retail_branch b ON b.id = a.branch_id "
                + "WHERE a.id = ?", id);
        long branch = account.get("branch_id", Long.class);
        String number = account.get("number", String.class);
        Result<Record> meters = dsl.fetch("SELECT * FROM meter WHERE account_id = ? ORDER BY service, zone, id", id);
        Long[] meterIds = meters.getValues("id", Long.class).toArray(Long[]::new);
        int readingRows = meters.isEmpty() ? 0 : dsl.fetch("SELECT * FROM meter_reading WHERE meter_id = ANY(?) "
                + "AND submitted_at >= CAST(? AS TIMESTAMP WITH TIME ZONE) ORDER BY submitted_at DESC, id DESC",
                meterIds, sinceInstant).size()
                + dsl.fetch("SELECT * FROM meter_fault_notice WHERE meter_id = ANY(?) ORDER BY submitted_at DESC, id DESC",
                (Object) meterIds).size();
        return List.of(
                dsl.fetch("SELECT p.id, p.display_name, p.email, l.linked_at FROM account_link l JOIN applicant p "
                        + "ON p.id = l.applicant_id WHERE l.account_id = ? ORDER BY l.linked_at", id).size(),
                dsl.fetch("SELECT * FROM retail_tariff WHERE branch_id = ? AND (valid_to IS NULL OR valid_to >= CAST(? AS DATE)) "
                        + "ORDER BY valid_from DESC, service, zone", branch, since).size(),
                dsl.fetch("SELECT * FROM account_charge WHERE account_id = ? AND charge_month >= CAST(? AS DATE) "
                        + "ORDER BY charge_month DESC, supplier, service", id, since).size(),
                dsl.fetch("SELECT * FROM account_payment WHERE account_id = ? AND paid_at >= CAST(? AS TIMESTAMP WITH TIME ZONE) "
                        + "ORDER BY paid_at DESC, id DESC", id, sinceInstant).size(),
                readingRows,
                dsl.fetch("SELECT * FROM account_link_request r JOIN retail_branch b ON b.id = r.branch_id "
                        + "JOIN applicant p ON p.id = r.applicant_id WHERE r.branch_id = ? AND r.account_number = ? "
                        + "ORDER BY r.submitted_at DESC, r.id LIMIT 100", branch, number).size());
    }
}
