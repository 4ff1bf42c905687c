package org.griddesk.persistence.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.griddesk.core.accounts.LinkState;
import org.griddesk.core.accounts.PaymentMethod;
import org.griddesk.core.accounts.PaymentResult;
import org.griddesk.core.applicants.ApplicantType;
import org.griddesk.core.readings.ReadingChannel;
import org.griddesk.core.readings.ReadingState;
import org.griddesk.persistence.accounts.JooqAccounts;
import org.griddesk.persistence.schema.tables.records.AccountChargeRecord;
import org.griddesk.persistence.schema.tables.records.AccountPaymentRecord;
import org.griddesk.persistence.schema.tables.records.MeterReadingRecord;
import org.griddesk.persistence.schema.tables.records.PersonalAccountRecord;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.griddesk.persistence.schema.tables.records.MeterRecord;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.Table;
import org.jooq.TableRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.griddesk.persistence.database.Timestamps.toColumn;
import static org.griddesk.persistence.schema.Tables.ACCOUNT_CHARGE;
import static org.griddesk.persistence.schema.Tables.ACCOUNT_LINK;
import static org.griddesk.persistence.schema.Tables.ACCOUNT_LINK_REQUEST;
import static org.griddesk.persistence.schema.Tables.ACCOUNT_PAYMENT;
import static org.griddesk.persistence.schema.Tables.APPLICANT;
import static org.griddesk.persistence.schema.Tables.METER;
import static org.griddesk.persistence.schema.Tables.METER_FAULT_NOTICE;
import static org.griddesk.persistence.schema.Tables.METER_READING;
import static org.griddesk.persistence.schema.Tables.PERSONAL_ACCOUNT;
import static org.griddesk.persistence.schema.Tables.RETAIL_BRANCH;
import static org.griddesk.persistence.schema.Tables.RETAIL_TARIFF;

/**
 * The retail half of the demo, written as billing and the retail portal would supply it: 3 branches with their
 * tariffs, {@value #ACCOUNTS} accounts with 3 years of monthly charges and payments (some failed, some in advance),
 * meters (one or two zones, a few near their dial's end) with monthly billed readings and some refused ones, readings
 * the portal passed in the last window waiting for a clerk, some notices of a faulty meter, the demo individuals'
 * linked accounts and link requests.
 */
public final class DemoRetail {
    public static final int ACCOUNTS = 2_000;
    static final int MONTHS = 36;
    private static final Logger LOG = LoggerFactory.getLogger(DemoRetail.class);
    private static final String ELECTRICITY = "Электроснабжение";
    private static final String WASTE = "Обращение с ТКО";
    private static final String WASTE_OPERATOR = "ООО «Экотехпром»";
    private static final String[][] BRANCHES = {
            {"Рязанский филиал", "ПАО «РЭСК»", "15", "25"},
            {"Касимовский филиал", "ПАО «РЭСК», Касимовское отделение", "20", "26"},
            {"Скопинский филиал", "ПАО «РЭСК», Скопинское отделение", "1", "25"}};
    private static final String[] TOWNS = {"г. Рязань", "г. Касимов", "г. Скопин"};
    private static final String[] STREETS = {"ул. Ленина", "ул. Есенина", "Московское ш.", "ул. Гагарина",
            "ул. Садовая", "ул. Полевая", "пр. Победы", "ул. Маяковского", "ул. Строителей", "ул. Советская"};
    private static final String[] FAULTS = {"Погас экран счётчика, показания не видны",
            "Счётчик не учитывает потребление: цифры не меняются вторую неделю",
            "Повреждена пломба на приборе учёта, прошу проверить",
            "Индикатор мигает красным, слышен треск"};
    private static final String[] MODELS = {"Меркурий 201.5", "Энергомера CE101", "Меркурий 200.02 (двухтарифный)",
            "Нева 101 1SO"};

    private final DSLContext dsl;
    private final Clock clock;
    private final int accountCount;

    public DemoRetail(DSLContext dsl, Clock clock) {
        this(dsl, clock, ACCOUNTS);
    }

    /** {@code accountCount}: fewer for tests. */
    public DemoRetail(DSLContext dsl, Clock clock, int accountCount) {
        this.dsl = dsl;
        this.clock = clock;
        this.accountCount = accountCount;
    }

    private record Owner(Long applicantId, String name, String email, String phone) {
    }

    /** In the caller's transaction, so a half-filled demo never stays behind. */
    public void fill() {
        long started = System.nanoTime();
        Random random = new Random(1001);
        ZoneId zone = clock.getZone();
        YearMonth current = YearMonth.now(clock);
        List<Long> branches = branches(current);
        List<Owner> owners = owners(random);
        List<PersonalAccountRecord> accounts = new ArrayList<>();
        for (int i = 0; i < accountCount; i++) {
            Owner owner = owners.get(i);
            int branch = i % BRANCHES.length;
            String number = (62 + branch) + String.format("%08d", 1_000_000 + i * 7);
            String address = TOWNS[branch] + ", " + STREETS[random.nextInt(STREETS.length)] + ", д. "
                    + (1 + random.nextInt(120)) + ", кв. " + (1 + random.nextInt(200));
            PersonalAccountRecord account = dsl.newRecord(PERSONAL_ACCOUNT);
            account.with(PERSONAL_ACCOUNT.BRANCH_ID, branches.get(branch)).with(PERSONAL_ACCOUNT.NUMBER, number).with(PERSONAL_ACCOUNT.OWNER_NAME, owner.name()).with(PERSONAL_ACCOUNT.ADDRESS, address)
                    .with(PERSONAL_ACCOUNT.PHONE, owner.phone()).with(PERSONAL_ACCOUNT.EMAIL, owner.email()).with(PERSONAL_ACCOUNT.E_RECEIPT, random.nextInt(3) == 0)
                    .with(PERSONAL_ACCOUNT.AUTOPAY, random.nextInt(10) == 0).with(PERSONAL_ACCOUNT.BALANCE, BigDecimal.ZERO)
                    .with(PERSONAL_ACCOUNT.SEARCH_TEXT, JooqAccounts.searchText(number, owner.name(), address, owner.phone(), owner.email()));
            accounts.add(account);
        }
        insertAll(accounts);
        List<Long> ids = dsl.select(PERSONAL_ACCOUNT.ID).from(PERSONAL_ACCOUNT).orderBy(PERSONAL_ACCOUNT.ID)
                .fetch(PERSONAL_ACCOUNT.ID);
        Map<Long, List<Long>> meters = meters(ids, current);
        List<TableRecord<?>> rows = new ArrayList<>();
        List<Query> balances = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            BigDecimal balance = history(ids.get(i), i, meters.get(ids.get(i)), BRANCHES[i % BRANCHES.length][1],
                    current, zone, random, rows);
            balance = balance.subtract(settle(ids.get(i), i, balance, BRANCHES[i % BRANCHES.length][1], rows));
            balances.add(dsl.update(PERSONAL_ACCOUNT).set(PERSONAL_ACCOUNT.BALANCE, balance)
                    .where(PERSONAL_ACCOUNT.ID.eq(ids.get(i))));
            if (rows.size() > 20_000) {
                insertAll(rows);
                rows.clear();
            }
        }
        insertAll(rows);
        dsl.batch(balances).execute();
        links(owners, ids, accounts, branches, random);
        LOG.info("Demo data: {} personal accounts with {} months of charges, payments and readings in {} ms", accountCount,
                MONTHS, (System.nanoTime() - started) / 1_000_000);
    }

    private List<Long> branches(YearMonth current) {
        List<Long> ids = new ArrayList<>();
        for (String[] branch : BRANCHES) {
            long id = dsl.insertInto(RETAIL_BRANCH).set(RETAIL_BRANCH.NAME, branch[0]).set(RETAIL_BRANCH.SUPPLIER, branch[1])
                    .set(RETAIL_BRANCH.READING_FROM_DAY, Integer.parseInt(branch[2]))
                    .set(RETAIL_BRANCH.READING_TO_DAY, Integer.parseInt(branch[3]))
                    .returning(RETAIL_BRANCH.ID).fetchSingle(RETAIL_BRANCH.ID);
            ids.add(id);
            // A new tariff every 1 July, as the regional tariff service approves them.
            for (int year = current.getYear() - 3; year <= current.getYear(); year++) {
                LocalDate from = LocalDate.of(year, 7, 1);
                if (from.isAfter(current.atEndOfMonth())) {
                    continue;
                }
                LocalDate to = from.plusYears(1).isAfter(current.atEndOfMonth()) ? null : from.plusYears(1).minusDays(1);
                BigDecimal step = BigDecimal.valueOf(0.35 * (year - current.getYear() + 3));
                for (String[] zonePrice : new String[][] {{"Круглосуточно", "5.21"}, {"День", "5.98"}, {"Ночь", "3.05"}}) {
                    dsl.insertInto(RETAIL_TARIFF).set(RETAIL_TARIFF.BRANCH_ID, id).set(RETAIL_TARIFF.SERVICE, ELECTRICITY)
                            .set(RETAIL_TARIFF.ZONE, zonePrice[0]).set(RETAIL_TARIFF.VALID_FROM, from)
                            .set(RETAIL_TARIFF.VALID_TO, to).set(RETAIL_TARIFF.PRICE, new BigDecimal(zonePrice[1]).add(step))
                            .set(RETAIL_TARIFF.APPROVED_BY, "Постановление ГУ РЭК Рязанской области № " + (100 + year % 100)
                                    + " от " + from.minusMonths(1).withDayOfMonth(20) + " г.")
                            .execute();
                }
            }
        }
        return ids;
    }

    /** The demo individuals own the first accounts (so their portal links are real), invented people the rest. */
    private List<Owner> owners(Random random) {
        List<Owner> owners = new ArrayList<>(dsl.select(APPLICANT.ID, APPLICANT.DISPLAY_NAME, APPLICANT.EMAIL, APPLICANT.PHONE)
                .from(APPLICANT).where(APPLICANT.TYPE.eq(ApplicantType.INDIVIDUAL.name())).orderBy(APPLICANT.ID)
                .fetch(row -> new Owner(row.value1(), row.value2(), row.value3(), row.value4())));
        for (int i = owners.size(); i < accountCount; i++) {
            var person = RussianNames.person(random);
            String name = person.display();
            String email = random.nextInt(4) == 0 ? null
                    : RussianNames.transliterate(person.lastName()) + i + "@" + (random.nextBoolean() ? "mail.ru" : "yandex.ru");
            owners.add(new Owner(null, name, email, String.format("+7 (9%02d) %03d-%02d-%02d", random.nextInt(100),
                    random.nextInt(1000), random.nextInt(100), random.nextInt(100))));
        }
        return owners;
    }

    private static List<String> zones(int index) {
        return index % 10 < 3 ? List.of("День", "Ночь") : List.of("Круглосуточно");
    }

    /** Every fiftieth meter has five digits and starts near its dial's end: it passes 99 999 within the three years. */
    private static int digits(int index) {
        return index % 50 == 0 ? 5 : 6;
    }

    /** The accounts' meters, inserted at once; their ids by account, in zone order. */
    private Map<Long, List<Long>> meters(List<Long> accountIds, YearMonth current) {
        List<MeterRecord> meters = new ArrayList<>();
        for (int index = 0; index < accountIds.size(); index++) {
            List<String> zones = zones(index);
            for (int z = 0; z < zones.size(); z++) {
                meters.add(dsl.newRecord(METER).with(METER.ACCOUNT_ID, accountIds.get(index))
                        .with(METER.SERVICE, ELECTRICITY).with(METER.ZONE, zones.get(z))
                        .with(METER.SERIAL_NUMBER, String.format("%08d", 30_000_000 + index * 3 + z))
                        .with(METER.MODEL, MODELS[zones.size() == 2 ? 2 : index % 2 == 0 ? 0 : 3])
                        .with(METER.DIGITS, digits(index)).with(METER.INSTALLED_ON, current.minusYears(4).atDay(10))
                        .with(METER.NEXT_VERIFICATION, current.plusYears(8 + index % 5).atDay(10)));
            }
        }
        insertAll(meters);
        Map<Long, List<Long>> byAccount = new HashMap<>();
        dsl.select(METER.ID, METER.ACCOUNT_ID).from(METER).orderBy(METER.ID)
                .forEach(row -> byAccount.computeIfAbsent(row.value2(), k -> new ArrayList<>()).add(row.value1()));
        return byAccount;
    }

    /** Many rows in few statements: a multi-row INSERT per table and chunk, which H2 takes far faster than batches. */
    private void insertAll(List<? extends TableRecord<?>> rows) {
        Map<Table<?>, List<TableRecord<?>>> byTable = new LinkedHashMap<>();
        rows.forEach(row -> byTable.computeIfAbsent(row.getTable(), k -> new ArrayList<>()).add(row));
        byTable.forEach((table, records) -> {
            // Every column some record of the table sets; the others' values there are null (nullable columns).
            List<Field<?>> fields = java.util.Arrays.stream(table.fields())
                    .filter(field -> records.stream().anyMatch(record -> record.changed(field))).toList();
            for (int from = 0; from < records.size(); from += 500) {
                dsl.insertInto(table).columns(fields)
                        .valuesOfRecords(records.subList(from, Math.min(records.size(), from + 500)).stream()
                                .map(record -> record.into(fields.toArray(Field[]::new))).toList())
                        .execute();
            }
        });
    }

    /** Charges from consumption and tariff, payments, readings; returns the balance they leave. */
    private BigDecimal history(long accountId, int index, List<Long> meters, String supplier, YearMonth current,
                               ZoneId zone, Random random, List<TableRecord<?>> rows) {
        boolean waste = index % 10 >= 7;
        List<String> zones = zones(index);
        List<BigDecimal> dials = new ArrayList<>();
        for (int z = 0; z < zones.size(); z++) {
            dials.add(BigDecimal.valueOf(digits(index) == 5 ? 90_000 + random.nextInt(5_000) : 1_000 + random.nextInt(40_000)));
        }
        BigDecimal balance = BigDecimal.ZERO;
        BigDecimal lastCharge = BigDecimal.ZERO;
        for (int m = MONTHS; m >= 1; m--) {
            YearMonth month = current.minusMonths(m);
            BigDecimal amount = BigDecimal.ZERO;
            for (int z = 0; z < zones.size(); z++) {
                int used = 90 + random.nextInt(month.getMonthValue() <= 2 || month.getMonthValue() == 12 ? 320 : 200);
                BigDecimal previous = dials.get(z);
                BigDecimal reading = previous.add(BigDecimal.valueOf(used));
                BigDecimal dial = BigDecimal.TEN.pow(digits(index));
                boolean rollover = reading.compareTo(dial) >= 0;
                if (rollover) {
                    reading = reading.subtract(dial);
                }
                dials.set(z, reading);
                rows.add(reading(meters.get(z), month.atDay(18), zone, reading, rollover, BigDecimal.valueOf(used)));
                BigDecimal price = new BigDecimal(zones.get(z).equals("Ночь") ? "3.05" : zones.get(z).equals("День") ? "5.98" : "5.21");
                amount = amount.add(price.multiply(BigDecimal.valueOf(used)));
            }
            amount = amount.setScale(2, RoundingMode.HALF_UP);
            rows.add(charge(accountId, month, ELECTRICITY, supplier, amount));
            balance = balance.add(amount);
            if (waste) {
                BigDecimal wasteAmount = new BigDecimal("187.40");
                rows.add(charge(accountId, month, WASTE, WASTE_OPERATOR, wasteAmount));
                balance = balance.add(wasteAmount);
            }
            balance = balance.subtract(payments(accountId, month.plusMonths(1), lastCharge, supplier, zone, random, rows));
            lastCharge = amount;
        }
        if (index % 40 == 0) {
            refusedReading(meters.getFirst(), current, zone, dials.getFirst(), rows);
        }
        if (index % 12 == 0) {
            waitingReading(meters.getFirst(), index, zone, dials.getFirst(), random, rows);
        }
        if (index % 97 == 5) {
            rows.add(dsl.newRecord(METER_FAULT_NOTICE).with(METER_FAULT_NOTICE.METER_ID, meters.getLast())
                    .with(METER_FAULT_NOTICE.DESCRIPTION, FAULTS[index % FAULTS.length])
                    .with(METER_FAULT_NOTICE.SUBMITTED_AT, toColumn(clock.instant().minusSeconds(3_600L * (2 + index % 90)))));
        }
        return balance;
    }

    /**
     * Yesterday's payment that leaves every fifth account overpaid (an advance) and every seventh with nothing due,
     * so the card's three balance texts all occur; returns what was paid.
     */
    private BigDecimal settle(long accountId, int index, BigDecimal balance, String supplier, List<TableRecord<?>> rows) {
        BigDecimal paid = index % 5 == 1 ? balance.add(BigDecimal.valueOf(150 + index % 400))
                : index % 7 == 3 ? balance : BigDecimal.ZERO;
        if (paid.compareTo(new BigDecimal("10.00")) < 0) {
            return BigDecimal.ZERO;
        }
        rows.add(payment(accountId, clock.instant().minusSeconds(86_400), PaymentMethod.SBP, supplier, paid,
                PaymentResult.SUCCEEDED, index % 5 == 1));
        return paid;
    }

    /** Paid in the month after the charge: mostly in full, now and then more (an advance), less, late or not at all. */
    private BigDecimal payments(long accountId, YearMonth month, BigDecimal due, String supplier, ZoneId zone,
                                Random random, List<TableRecord<?>> rows) {
        int dice = random.nextInt(20);
        if (due.signum() == 0 || dice == 0) {
            return BigDecimal.ZERO;
        }
        Instant at = month.atDay(1 + random.nextInt(25)).atTime(8 + random.nextInt(12), random.nextInt(60))
                .atZone(zone).toInstant();
        if (at.isAfter(clock.instant())) {
            return BigDecimal.ZERO;
        }
        PaymentMethod method = random.nextBoolean() ? PaymentMethod.CARD : PaymentMethod.SBP;
        if (dice == 1) {
            rows.add(payment(accountId, at.minusSeconds(600), method, supplier, due, PaymentResult.FAILED, false));
        }
        BigDecimal amount = switch (dice) {
            case 2 -> due.add(new BigDecimal("500.00"));
            case 3 -> due.multiply(new BigDecimal("0.5")).max(new BigDecimal("10.00")).setScale(2, RoundingMode.HALF_UP);
            default -> due;
        };
        rows.add(payment(accountId, at, method, supplier, amount, PaymentResult.SUCCEEDED, dice == 2));
        return amount;
    }

    private MeterReadingRecord reading(long meterId, LocalDate day, ZoneId zone, BigDecimal value, boolean rollover,
                                       BigDecimal consumption) {
        MeterReadingRecord reading = dsl.newRecord(METER_READING);
        Instant at = day.atTime(19, 30).atZone(zone).toInstant();
        return reading.with(METER_READING.METER_ID, meterId).with(METER_READING.SUBMITTED_AT, toColumn(at))
                .with(METER_READING.CHANNEL, ReadingChannel.PORTAL.name()).with(METER_READING.READING_VALUE, value).with(METER_READING.ROLLOVER, rollover)
                .with(METER_READING.STATE, ReadingState.ACCEPTED.name()).with(METER_READING.ACCEPTED_VALUE, value).with(METER_READING.CONSUMPTION, consumption)
                .with(METER_READING.DECIDED_BY, "Расчётный центр").with(METER_READING.DECIDED_AT, toColumn(at.plusSeconds(86_400)));
    }

    /** A customer typed a value below the last one by phone last month: refused with the seed's reason. */
    private void refusedReading(long meterId, YearMonth current, ZoneId zone, BigDecimal last, List<TableRecord<?>> rows) {
        MeterReadingRecord refused = reading(meterId, current.minusMonths(1).atDay(19), zone,
                last.subtract(BigDecimal.valueOf(40)).max(BigDecimal.ZERO), false, null);
        rows.add(refused.with(METER_READING.CHANNEL, ReadingChannel.PHONE.name()).with(METER_READING.STATE, ReadingState.REJECTED.name())
                .with(METER_READING.ACCEPTED_VALUE, null).with(METER_READING.DECIDED_BY, "Иванова Мария Сергеевна")
                .with(METER_READING.REASON, "Показание не принято! Введенные показания меньше ранее переданных показаний. Проверьте корректность ввода"));
    }

    /** Passed through the portal in the branch's latest window, not yet accepted: some typed below the last value. */
    private void waitingReading(long meterId, int index, ZoneId zone, BigDecimal last, Random random,
                                List<TableRecord<?>> rows) {
        String[] branch = BRANCHES[index % BRANCHES.length];
        int from = Integer.parseInt(branch[2]);
        int to = Integer.parseInt(branch[3]);
        LocalDate today = LocalDate.now(clock);
        LocalDate day = today.getDayOfMonth() > to ? today.withDayOfMonth(to)
                : today.getDayOfMonth() >= from ? today
                : today.minusMonths(1).withDayOfMonth(Math.min(to, today.minusMonths(1).lengthOfMonth()));
        Instant at = day.atTime(9 + random.nextInt(10), random.nextInt(60)).atZone(zone).toInstant();
        Instant now = clock.instant();
        BigDecimal value = index % 60 == 0 ? last.subtract(BigDecimal.valueOf(100)).max(BigDecimal.ZERO)
                : last.add(BigDecimal.valueOf(50 + random.nextInt(250)));
        rows.add(reading(meterId, day, zone, value, false, null).with(METER_READING.STATE, ReadingState.SUBMITTED.name())
                .with(METER_READING.ACCEPTED_VALUE, null).with(METER_READING.DECIDED_BY, null).with(METER_READING.DECIDED_AT, null)
                .with(METER_READING.SUBMITTED_AT, toColumn(at.isAfter(now) ? now.minusSeconds(600) : at)));
    }

    private AccountChargeRecord charge(long accountId, YearMonth month, String service, String supplier, BigDecimal amount) {
        AccountChargeRecord charge = dsl.newRecord(ACCOUNT_CHARGE);
        return charge.with(ACCOUNT_CHARGE.ACCOUNT_ID, accountId).with(ACCOUNT_CHARGE.CHARGE_MONTH, month.atDay(1)).with(ACCOUNT_CHARGE.SERVICE, service).with(ACCOUNT_CHARGE.SUPPLIER, supplier)
                .with(ACCOUNT_CHARGE.AMOUNT, amount);
    }

    private AccountPaymentRecord payment(long accountId, Instant at, PaymentMethod method, String supplier,
                                         BigDecimal amount, PaymentResult result, boolean advance) {
        AccountPaymentRecord payment = dsl.newRecord(ACCOUNT_PAYMENT);
        return payment.with(ACCOUNT_PAYMENT.ACCOUNT_ID, accountId).with(ACCOUNT_PAYMENT.PAID_AT, toColumn(at)).with(ACCOUNT_PAYMENT.METHOD, method.name()).with(ACCOUNT_PAYMENT.SUPPLIER, supplier)
                .with(ACCOUNT_PAYMENT.AMOUNT, amount).with(ACCOUNT_PAYMENT.RESULT, result.name()).with(ACCOUNT_PAYMENT.ADVANCE, advance);
    }

    /**
     * The demo individuals see their own accounts; requests wait: most name their own account rightly, some a number
     * no branch has, some another owner.
     */
    private void links(List<Owner> owners, List<Long> ids, List<PersonalAccountRecord> accounts, List<Long> branches,
                       Random random) {
        Instant now = clock.instant();
        List<Owner> portalUsers = owners.stream().limit(ids.size()).filter(owner -> owner.applicantId() != null).toList();
        for (int i = 0; i < portalUsers.size(); i++) {
            Owner user = portalUsers.get(i);
            if (i % 5 == 4) {
                String number = switch (i % 3) {
                    case 0 -> "0000" + (100_000 + i);
                    default -> accounts.get(i).getNumber();
                };
                String owner = i % 3 == 2 ? "Петрова Анна" : user.name();
                dsl.insertInto(ACCOUNT_LINK_REQUEST).set(ACCOUNT_LINK_REQUEST.APPLICANT_ID, user.applicantId())
                        .set(ACCOUNT_LINK_REQUEST.BRANCH_ID, branches.get(i % BRANCHES.length))
                        .set(ACCOUNT_LINK_REQUEST.ACCOUNT_NUMBER, number).set(ACCOUNT_LINK_REQUEST.OWNER_NAME, owner)
                        .set(ACCOUNT_LINK_REQUEST.E_RECEIPT, random.nextBoolean())
                        .set(ACCOUNT_LINK_REQUEST.SUBMITTED_AT, toColumn(now.minusSeconds(3_600L * (1 + i))))
                        .set(ACCOUNT_LINK_REQUEST.STATE, LinkState.NEW.name()).execute();
            } else {
                dsl.insertInto(ACCOUNT_LINK).set(ACCOUNT_LINK.ACCOUNT_ID, ids.get(i))
                        .set(ACCOUNT_LINK.APPLICANT_ID, user.applicantId())
                        .set(ACCOUNT_LINK.LINKED_AT, toColumn(now.minusSeconds(86_400L * (30 + i)))).execute();
            }
        }
    }
}
