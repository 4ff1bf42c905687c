package org.griddesk.persistence.benchmark;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jooq.DSLContext;

/**
 * A retailer's size of data on PostgreSQL, made by the server in set-based statements: N personal accounts over 3
 * branches, 36 monthly charges each (36 N rows), 6 payments, a meter with 12 billed readings, a portal user's link
 * for every tenth. Every 20 000th owner is «Королёва Ксения», so a name search finds 50 accounts among a million.
 * The charges' index and foreign key are built after the rows, as a bulk load would.
 */
public final class AccountsDataSet {
    static final String RARE_OWNER = "Королёва Ксения";
    private static final List<String> SURNAMES = List.of("Иванова", "Смирнов", "Кузнецова", "Попов", "Васильева",
            "Петров", "Соколова", "Михайлов", "Новикова", "Фёдоров", "Морозова", "Волков", "Алексеева", "Лебедев");
    private static final List<String> FIRST_NAMES = List.of("Анна", "Иван", "Мария", "Сергей", "Елена", "Алексей",
            "Ольга", "Дмитрий", "Татьяна", "Андрей");
    private static final List<String> STREETS = List.of("ул. Ленина", "ул. Есенина", "Московское ш.", "ул. Гагарина",
            "ул. Садовая", "ул. Полевая", "пр. Победы", "ул. Маяковского", "ул. Строителей", "ул. Советская");

    private final DSLContext dsl;

    public AccountsDataSet(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Fills an empty, migrated PostgreSQL database with {@code accounts} accounts and what hangs off them. */
    public void create(int accounts, Consumer<String> progress) {
        progress.accept("branches and accounts: " + accounts);
        dsl.execute("""
                INSERT INTO retail_branch (id, name, supplier, reading_from_day, reading_to_day) VALUES
                  (1, 'Рязанский филиал', 'ПАО «РЭСК»', 15, 25), (2, 'Касимовский филиал', 'ПАО «РЭСК»', 20, 26),
                  (3, 'Скопинский филиал', 'ПАО «РЭСК»', 1, 25)""");
        dsl.execute("""
                INSERT INTO personal_account (id, branch_id, number, owner_name, address, phone, email, e_receipt, autopay,
                                              balance, search_text)
                SELECT i, 1 + MOD(i, 3), number, owner, address, phone, email, MOD(i, 3) = 0, MOD(i, 10) = 0,
                       ROUND(CAST(MOD(i * 7919, 600000) - 150000 AS NUMERIC) / 100, 2),
                       REPLACE(LOWER(number || ' | ' || owner || ' | ' || address || ' | ' || SUBSTRING(phone, 2)
                           || ' | ' || email), 'ё', 'е')
                FROM (SELECT i, CAST(6200000000 + i * 7 AS VARCHAR) AS number,
                             CASE WHEN MOD(i, 20000) = 7 THEN '%s' || ' ' || %s ELSE %s || ' ' || %s END AS owner,
                             'г. Рязань, ' || %s || ', д. ' || CAST(1 + MOD(i, 120) AS VARCHAR) || ', кв. '
                                 || CAST(1 + MOD(i / 120, 300) AS VARCHAR) AS address,
                             '+79' || LPAD(CAST(MOD(i * 7919, 1000000000) AS VARCHAR), 9, '0') AS phone,
                             'owner' || CAST(i AS VARCHAR) || '@mail.ru' AS email
                      FROM generate_series(CAST(1 AS BIGINT), %d) i) a
                """.formatted(RARE_OWNER, pick("i / 11", FIRST_NAMES), pick("i", SURNAMES), pick("i / 7", FIRST_NAMES),
                pick("i / 3", STREETS), accounts));
        dsl.execute("""
                INSERT INTO retail_tariff (branch_id, service, zone, valid_from, valid_to, price, approved_by)
                SELECT b, 'Электроснабжение', 'Круглосуточно', make_date(y, 7, 1),
                       CASE WHEN y < EXTRACT(YEAR FROM CURRENT_DATE) THEN make_date(y + 1, 6, 30) END,
                       5.21 + (y - 2023) * 0.35, 'Постановление ГУ РЭК Рязанской области № ' || CAST(y AS VARCHAR)
                FROM generate_series(1, 3) b CROSS JOIN generate_series(2023, CAST(EXTRACT(YEAR FROM CURRENT_DATE) AS INT)) y""");
        progress.accept("charges: " + 36L * accounts + " (36 months each)");
        // A bulk load: the charges' index and foreign key come after the rows (one pass each, not one per row).
        dsl.execute("DROP INDEX account_charge_account_month_idx");
        dsl.execute("ALTER TABLE account_charge DROP CONSTRAINT account_charge_account_id_fkey");
        dsl.execute("""
                INSERT INTO account_charge (account_id, charge_month, service, supplier, volume, amount)
                SELECT a, CAST(date_trunc('month', CURRENT_DATE) - make_interval(months => m) AS DATE), 'Электроснабжение',
                       'ПАО «РЭСК»', 120 + MOD(a * 31 + m * 17, 250), ROUND(CAST(120 + MOD(a * 31 + m * 17, 250) AS NUMERIC) * 5.21, 2)
                FROM generate_series(1, %d) a CROSS JOIN generate_series(1, 36) m""".formatted(accounts));
        progress.accept("charges' index and foreign key");
        dsl.execute("CREATE INDEX account_charge_account_month_idx ON account_charge (account_id, charge_month)");
        dsl.execute("ALTER TABLE account_charge ADD CONSTRAINT account_charge_account_id_fkey FOREIGN KEY (account_id) "
                + "REFERENCES personal_account (id)");
        progress.accept("payments: " + 6L * accounts);
        dsl.execute("""
                INSERT INTO account_payment (account_id, paid_at, method, supplier, amount, result, advance)
                SELECT a, CURRENT_TIMESTAMP - make_interval(days => 30 * k + MOD(a, 20)),
                       CASE WHEN MOD(a + k, 2) = 0 THEN 'CARD' ELSE 'SBP' END, 'ПАО «РЭСК»',
                       ROUND(CAST(600 + MOD(a * 13 + k, 1500) AS NUMERIC), 2),
                       CASE WHEN MOD(a + k, 25) = 0 THEN 'FAILED' ELSE 'SUCCEEDED' END, MOD(a + k, 40) = 0
                FROM generate_series(1, %d) a CROSS JOIN generate_series(1, 6) k""".formatted(accounts));
        progress.accept("meters and readings: " + accounts + ", " + 12L * accounts);
        dsl.execute("""
                INSERT INTO meter (id, account_id, service, zone, serial_number, model, digits, installed_on, next_verification)
                SELECT a, a, 'Электроснабжение', 'Круглосуточно', LPAD(CAST(a AS VARCHAR), 8, '0'), 'Меркурий 201.5', 6,
                       DATE '2020-03-10', DATE '2034-03-10'
                FROM generate_series(1, %d) a""".formatted(accounts));
        dsl.execute("""
                INSERT INTO meter_reading (meter_id, submitted_at, channel, reading_value, state, accepted_value, consumption)
                SELECT a, CURRENT_TIMESTAMP - make_interval(days => 30 * k), 'PORTAL', 10000 + (12 - k) * 200,
                       'ACCEPTED', 10000 + (12 - k) * 200, 200
                FROM generate_series(1, %d) a CROSS JOIN generate_series(1, 12) k""".formatted(accounts));
        progress.accept("portal users' links");
        dsl.execute("""
                INSERT INTO applicant (id, type, last_name, first_name, email, email_key, phone, registered_at, display_name,
                                       search_text)
                SELECT i, 'INDIVIDUAL', 'Пользователь', 'Портала', 'user' || CAST(i AS VARCHAR) || '@mail.ru',
                       'user' || CAST(i AS VARCHAR) || '@mail.ru', '+7900' || LPAD(CAST(i AS VARCHAR), 7, '0'),
                       CURRENT_TIMESTAMP, 'Пользователь Портала ' || CAST(i AS VARCHAR), 'пользователь портала'
                FROM generate_series(1, %d) i""".formatted(accounts / 10));
        dsl.execute("""
                INSERT INTO account_link (account_id, applicant_id, linked_at)
                SELECT i * 10, i, CURRENT_TIMESTAMP FROM generate_series(1, %d) i""".formatted(accounts / 10));
        for (String table : List.of("personal_account", "meter", "applicant")) {
            dsl.execute("SELECT setval(pg_get_serial_sequence('" + table + "', 'id'), (SELECT MAX(id) FROM " + table + "))");
        }
        progress.accept("VACUUM ANALYZE");
        dsl.execute("VACUUM ANALYZE");
    }

    /** One of {@code values}, chosen by the SQL expression {@code index}. */
    private static String pick(String index, List<String> values) {
        String cases = IntStream.range(0, values.size())
                .mapToObj(n -> "WHEN " + n + " THEN '" + values.get(n) + "'").collect(Collectors.joining(" "));
        return "CASE MOD(" + index + ", " + values.size() + ") " + cases + " END";
    }
}
