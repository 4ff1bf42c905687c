package org.griddesk.persistence.benchmark;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.griddesk.core.cases.CaseStatuses;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;

/**
 * A utility's size of data, made by the database itself in set-based statements (PostgreSQL's generate_series, H2's
 * SYSTEM_RANGE): for N cases, N/5 applicants (five cases each), 3N timeline items, 2N history rows and N/5 + 3 000
 * registrations (portal registrations of those applicants, plus some sharing a phone with one). Ten applicants are
 * «Королёва Ксения», so a surname search finds 50 cases among the million.
 */
public final class QueueDataSet {
    static final String RARE_SURNAME = "Королёва";
    static final String RARE_FIRST_NAME = "Ксения";
    static final int RARE_EVERY = 20_000;
    private static final List<String> SURNAMES = List.of("Иванова", "Смирнов", "Кузнецова", "Попов", "Васильева",
            "Петров", "Соколова", "Михайлов", "Новикова", "Фёдоров", "Морозова", "Волков", "Алексеева", "Лебедев",
            "Семёнова", "Егоров", "Павлова", "Козлов", "Степанова", "Николаев", "Орлова", "Андреев", "Макарова",
            "Никитин", "Захарова", "Зайцев", "Соловьёва", "Борисов", "Яковлева", "Григорьев");
    private static final List<String> FIRST_NAMES = List.of("Анна", "Иван", "Мария", "Сергей", "Елена", "Алексей",
            "Ольга", "Дмитрий", "Татьяна", "Андрей", "Наталья", "Михаил");
    private static final List<String> PATRONYMICS = List.of("Петровна", "Иванович", "Сергеевна", "Алексеевич",
            "Андреевна", "Дмитриевич");
    private static final List<String> TITLES = List.of("Заявка на ТП жилого дома", "Заявка на ТП до 150 кВт",
            "Заявка на увеличение мощности", "Заявка на ТП садового дома", "Вопрос о сроках", "Временное присоединение");

    private final DSLContext dsl;
    private final boolean postgres;

    public QueueDataSet(DSLContext dsl) {
        this.dsl = dsl;
        this.postgres = dsl.dialect().family() == SQLDialect.POSTGRES;
    }

    public record Size(int cases, int applicants, int registrations) {
        public static Size of(int cases) {
            int applicants = Math.max(1, cases / 5);
            return new Size(cases, applicants, applicants + 3_000);
        }
    }

    /** Fills an empty, migrated database; returns the sizes made. */
    public Size create(int cases, java.util.function.Consumer<String> progress) {
        Size size = Size.of(cases);
        progress.accept("applicants: " + size.applicants());
        applicants(size);
        progress.accept("cases: " + size.cases());
        cases(size);
        progress.accept("timeline items: " + 3L * size.cases());
        timeline(size);
        progress.accept("history rows: " + 2L * size.cases());
        history(size);
        progress.accept("registrations: " + size.registrations());
        registrations(size);
        for (String table : List.of("applicant", "appeal", "timeline_item", "case_history", "registration")) {
            long next = ((Number) dsl.fetchValue("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table)).longValue();
            dsl.execute("ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH " + next);
        }
        if (postgres) {
            progress.accept("VACUUM ANALYZE");
            dsl.execute("VACUUM ANALYZE");
        } else {
            dsl.execute("ANALYZE");
        }
        return size;
    }

    private void applicants(Size size) {
        String type = "CASE WHEN MOD(i, 10) < 7 THEN 'INDIVIDUAL' WHEN MOD(i, 10) < 9 THEN 'SOLE_PROPRIETOR' ELSE 'LEGAL_ENTITY' END";
        String rare = "MOD(i, " + RARE_EVERY + ") = 7";
        dsl.execute("""
                INSERT INTO applicant (id, type, last_name, first_name, patronymic, email, email_key, phone, snils, inn,
                                       ogrn, ogrnip, kpp, organisation_full_name, organisation_short_name, registered_at,
                                       display_name, search_text)
                SELECT i, type, last_name, first_name, patronymic, email, email, phone, snils, inn, ogrn, ogrnip, kpp,
                       org_full, org_short, %s,
                       CASE WHEN type = 'LEGAL_ENTITY' THEN org_short ELSE last_name || ' ' || first_name || ' ' || patronymic END,
                       REPLACE(LOWER(last_name || ' ' || first_name || ' ' || patronymic || ' | ' || COALESCE(org_short, '')
                           || ' | ' || email || ' | ' || phone || ' | 8' || SUBSTRING(phone, 3) || ' | ' || COALESCE(snils, '')
                           || ' | ' || COALESCE(inn, '') || ' | ' || COALESCE(ogrn, '') || ' | ' || COALESCE(ogrnip, '')), 'ё', 'е')
                FROM (SELECT i, %s AS type,
                             CASE WHEN %s THEN '%s' ELSE %s END AS last_name,
                             CASE WHEN %s THEN '%s' ELSE %s END AS first_name,
                             %s AS patronymic,
                             'user' || CAST(i AS VARCHAR) || '@mail.ru' AS email,
                             '+79' || LPAD(CAST(MOD(i * 7919, 1000000000) AS VARCHAR), 9, '0') AS phone,
                             CASE WHEN MOD(i, 10) < 7 THEN %s END AS snils,
                             CASE WHEN MOD(i, 10) = 9 THEN %s WHEN MOD(i, 10) >= 7 THEN %s END AS inn,
                             CASE WHEN MOD(i, 10) = 9 THEN %s END AS ogrn,
                             CASE WHEN MOD(i, 10) IN (7, 8) THEN %s END AS ogrnip,
                             CASE WHEN MOD(i, 10) = 9 THEN '770101001' END AS kpp,
                             CASE WHEN MOD(i, 10) = 9 THEN 'Общество с ограниченной ответственностью «Энергия-' || CAST(i AS VARCHAR) || '»' END AS org_full,
                             CASE WHEN MOD(i, 10) = 9 THEN 'ООО «Энергия-' || CAST(i AS VARCHAR) || '»' END AS org_short
                      FROM %s) people
                """.formatted(at("i * 60", "2020-01-01"), type, rare, RARE_SURNAME, pick("i", SURNAMES), rare, RARE_FIRST_NAME,
                pick("i / 7", FIRST_NAMES), pick("i / 3", PATRONYMICS),
                ValidNumbers.snils("(100000000 + i)"), ValidNumbers.inn10("(770000000 + i)"),
                ValidNumbers.inn12("(5000000000 + i)"), ValidNumbers.ogrn("(102770000000 + i)"),
                ValidNumbers.ogrnip("(30400000000000 + i)"), series(size.applicants())));
    }

    /** Case i belongs to applicant 1 + (i·7919 mod A): 7919 is prime, so each applicant gets exactly N/A cases. */
    private void cases(Size size) {
        String status = "CASE WHEN MOD(i, 100) < 35 THEN '" + CaseStatuses.SEEDED.get(0) + "' WHEN MOD(i, 100) < 60 THEN '"
                + CaseStatuses.SEEDED.get(1) + "' WHEN MOD(i, 100) < 70 THEN '" + CaseStatuses.SEEDED.get(2)
                + "' WHEN MOD(i, 100) < 80 THEN '" + CaseStatuses.SEEDED.get(3) + "' ELSE '" + CaseStatuses.SEEDED.get(4) + "' END";
        dsl.execute("""
                INSERT INTO appeal (id, version, kind, title, applicant_id, status, registration_number, created_at,
                                    updated_at, search_key)
                SELECT c.i, 0, c.kind, c.title, c.applicant_id, c.status, c.number, c.created_at, c.updated_at,
                       REPLACE(LOWER(COALESCE(c.number, '') || ' | ' || c.title), 'ё', 'е')
                FROM (SELECT i, CASE WHEN MOD(i, 10) < 8 THEN 'APPLICATION' ELSE 'MESSAGE' END AS kind, %s AS title,
                             %s AS status,
                             CASE WHEN MOD(i, 10) <> 3 THEN 'ТП-' || CAST(i AS VARCHAR) END AS number,
                             %s AS created_at, %s AS updated_at, 1 + MOD(i * 7919, %d) AS applicant_id
                      FROM %s) c
                """.formatted(pick("i / 10", TITLES), status, at("i * 60", "2021-01-01"),
                at("i * 60 + MOD(i * 13, 2592000)", "2021-01-01"), size.applicants(), series(size.cases())));
        dsl.execute("DELETE FROM case_count");
        dsl.execute("INSERT INTO case_count (kind, status, shard, cases) SELECT kind, status, 0, COUNT(*) FROM appeal GROUP BY kind, status");
    }

    private void timeline(Size size) {
        dsl.execute("""
                INSERT INTO timeline_item (id, appeal_id, item_type, side, created_at, author, body)
                SELECT i, 1 + MOD(i, %d), CASE WHEN MOD(i, 3) = 0 THEN 'MESSAGE' ELSE 'STATUS_NOTE' END,
                       CASE WHEN MOD(i, 2) = 0 THEN 'APPLICANT' ELSE 'ORGANISATION' END, %s, 'Специалист',
                       CASE WHEN MOD(i, 3) = 0 THEN '<p>Сообщение по заявке № ' || CAST(i AS VARCHAR) || '</p>'
                            ELSE 'Отметка ' || CAST(i AS VARCHAR) END
                FROM %s
                """.formatted(size.cases(), at("i * 20", "2021-01-01"), series(3 * size.cases())));
    }

    private void history(Size size) {
        dsl.execute("""
                INSERT INTO case_history (id, appeal_id, changed_at, operator_name, what, before_value, after_value)
                SELECT i, 1 + MOD(i, %d), %s, 'Специалист Иванова А. П.', 'Текущий статус', '%s', '%s'
                FROM %s
                """.formatted(size.cases(), at("i * 30", "2021-01-01"), CaseStatuses.SEEDED.get(0),
                CaseStatuses.SEEDED.get(1), series(2 * size.cases())));
    }

    /** Registration i ≤ A is applicant i's own; the rest share applicant i − A's phone: the duplicates to flag. */
    private void registrations(Size size) {
        int applicants = size.applicants();
        dsl.execute("""
                INSERT INTO registration (id, version, type, last_name, first_name, patronymic, email, phone, snils, inn,
                                          ogrn, ogrnip, kpp, organisation_full_name, organisation_short_name,
                                          consent_pd_law_at, consent_processing_at, registered_at, phone_confirmed_at,
                                          email_confirmed_at, activated_at, state, verified_fields, applicant_id,
                                          phone_key, email_key, snils_key, inn_key, ogrn_key, ogrnip_key, display_name,
                                          search_text)
                SELECT r.i, 0, a.type, a.last_name, a.first_name, a.patronymic, r.email, a.phone, a.snils, a.inn,
                       a.ogrn, a.ogrnip, a.kpp, a.organisation_full_name, a.organisation_short_name,
                       r.registered_at, r.registered_at, r.registered_at, r.registered_at, r.registered_at, r.registered_at,
                       CASE WHEN r.i > %1$d THEN 'NEW' WHEN MOD(r.i, 20) = 0 THEN 'NEW' ELSE 'CONFIRMED' END, '',
                       CASE WHEN r.i > %1$d OR MOD(r.i, 20) = 0 THEN NULL ELSE a.id END,
                       a.phone, r.email, a.snils, a.inn, a.ogrn, a.ogrnip, a.display_name,
                       REPLACE(LOWER(a.display_name || ' | ' || r.email || ' | ' || a.phone || ' | ' || COALESCE(a.snils, '')
                           || ' | ' || COALESCE(a.inn, '')), 'ё', 'е')
                FROM (SELECT i, CASE WHEN i > %1$d THEN 'other' || CAST(i AS VARCHAR) || '@mail.ru'
                                     ELSE 'user' || CAST(i AS VARCHAR) || '@mail.ru' END AS email,
                             %2$s AS registered_at,
                             CASE WHEN i > %1$d THEN i - %1$d ELSE i END AS applicant_id
                      FROM %3$s) r
                JOIN applicant a ON a.id = r.applicant_id
                """.formatted(applicants, at("i * 300", "2020-01-01"), series(size.registrations())));
        dsl.execute("DELETE FROM registration_count");
        dsl.execute("INSERT INTO registration_count (type, state, registrations) "
                + "SELECT type, state, COUNT(*) FROM registration GROUP BY type, state");
    }

    private String series(long count) {
        return postgres ? "generate_series(CAST(1 AS BIGINT), " + count + ") AS s(i)" : "(SELECT \"X\" AS i FROM SYSTEM_RANGE(1, " + count + ")) s";
    }

    private String at(String seconds, String day) {
        return postgres ? "(TIMESTAMPTZ '" + day + " 09:00:00+03' + (" + seconds + ") * INTERVAL '1 second')"
                : "DATEADD(SECOND, " + seconds + ", TIMESTAMP WITH TIME ZONE '" + day + " 09:00:00+03')";
    }

    private static String pick(String index, List<String> values) {
        return IntStream.range(0, values.size())
                .mapToObj(k -> "WHEN " + k + " THEN '" + values.get(k) + "'")
                .collect(Collectors.joining(" ", "CASE MOD(" + index + ", " + values.size() + ") ", " END"));
    }
}
