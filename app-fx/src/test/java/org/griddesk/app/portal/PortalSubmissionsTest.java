package org.griddesk.app.portal;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.griddesk.core.cases.CaseCard;
import org.griddesk.core.cases.CasePage;
import org.griddesk.core.cases.CaseQuery;
import org.griddesk.core.cases.CaseService;
import org.griddesk.core.cases.CaseSortColumn;
import org.griddesk.core.cases.CaseStatuses;
import org.griddesk.core.cases.DocumentItem;
import org.griddesk.core.cases.MessageItem;
import org.griddesk.core.cases.Side;
import org.griddesk.core.operators.AuthenticationService;
import org.griddesk.core.access.Operator;
import org.griddesk.app.testing.TestGridDesk;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.griddesk.persistence.schema.Tables.PORTAL_SUBMISSION;

/**
 * What applicants send from the portal — registrations and their activation, new applications with files, replies —
 * written with plain SQL into the contract's tables and taken in by two workstations on one PostgreSQL.
 */
class PortalSubmissionsTest {
    private static final byte[] PDF = "%PDF-1.4\n% заявка\n".getBytes(StandardCharsets.UTF_8);
    private static final byte[] PROGRAM = "MZ\u0090\u0000program".getBytes(StandardCharsets.ISO_8859_1);

    @Test
    void applicationsRepliesAndRegistrationsBecomeGridDesksOwn(@TempDir Path first, @TempDir Path second)
            throws Exception {
        try (EmbeddedPostgres server = EmbeddedPostgres.start();
             ConfigurableApplicationContext one = PortalWorkstations.start(server, first);
             ConfigurableApplicationContext two = PortalWorkstations.start(server, second);
             Connection portal = server.getPostgresDatabase().getConnection()) {
            Operator clerk = one.getBean(AuthenticationService.class).logIn("clerk", "Clerk-2026!".toCharArray());
            CaseService cases = two.getBean(CaseService.class);
            long applicant = single(portal, "select min(id) from applicant");
            long stranger = single(portal, "select max(id) from applicant");
            long newCasesBefore = newCases(cases, clerk);
            long appealsBefore = single(portal, "select count(*) from appeal");

            long application = submission(portal, applicant, null, "Заявка на ТП гаража",
                    "<p>Прошу подключить гараж<script>alert(1)</script></p>");
            file(portal, application, 0, "Заявка на технологическое присоединение", "Заявка.pdf", PDF);
            file(portal, application, 1, "План расположения энергопринимающих устройств", "План.pdf", PDF);
            long withProgram = submission(portal, applicant, null, "Заявка с вложением программы", "<p>См. файл</p>");
            file(portal, withProgram, 0, "Программа", "setup.exe", PROGRAM);
            long registration = registration(portal);
            activation(portal, registration);

            await().atMost(Duration.ofSeconds(30)).until(() -> processed(portal, "portal_submission") == 2
                    && processed(portal, "portal_registration") == 1 && processed(portal, "portal_registration_activation") == 1);
            assertThat(outcome(portal, "portal_submission", withProgram)).startsWith("REFUSED: Файл «setup.exe»: Файлы этого типа не принимаются");
            assertThat(single(portal, "select count(*) from appeal")).as("nothing of the refused one is kept")
                    .isEqualTo(appealsBefore + 1);

            long caseId = single(portal, "select case_id from portal_submission where id = " + application);
            CaseCard card = cases.open(clerk, caseId);
            assertThat(card.status()).isEqualTo(CaseStatuses.INITIAL);
            assertThat(card.kindText()).isEqualTo("Заявка на технологическое присоединение — Увеличение максимальной мощности");
            assertThat(card.applicant().id()).isEqualTo(applicant);
            assertThat(card.timeline()).filteredOn(item -> item.side() == Side.APPLICANT).hasSize(3);
            assertThat(card.timeline()).filteredOn(MessageItem.class::isInstance).map(item -> ((MessageItem) item).html())
                    .singleElement().asString().contains("Прошу подключить гараж").doesNotContain("script");
            assertThat(card.timeline()).filteredOn(DocumentItem.class::isInstance)
                    .map(item -> ((DocumentItem) item).size()).containsOnly((long) PDF.length);
            assertThat(newCases(cases, clerk)).as("the queue's kept counter follows").isEqualTo(newCasesBefore + 1);
            assertThat(single(portal, "select count(*) from portal_submission_file where submission_id = " + application
                    + " and content is null and item_id is not null")).as("the portal's copies are emptied").isEqualTo(2);
            await().atMost(Duration.ofSeconds(60)).until(() -> single(portal,
                    "select count(*) from appeal where deadline_planned and id = " + caseId) == 1);

            long foreignReply = submission(portal, stranger, caseId, null, "<p>Чужой ответ</p>");
            long reply = submission(portal, applicant, caseId, null, null);
            file(portal, reply, 0, "Доверенность", "Доверенность.pdf", PDF);
            await().atMost(Duration.ofSeconds(30)).until(() -> processed(portal, "portal_submission") == 4);
            assertThat(outcome(portal, "portal_submission", foreignReply)).isEqualTo(
                    "REFUSED: Обращение " + caseId + " подано другим заявителем");
            assertThat(outcome(portal, "portal_submission", reply)).isEqualTo("ACCEPTED: null");
            assertThat(cases.refresh(clerk, caseId).timeline()).filteredOn(DocumentItem.class::isInstance)
                    .map(item -> ((DocumentItem) item).documentName()).contains("Доверенность");

            long registered = single(portal, "select registration_id from portal_registration where id = " + registration);
            assertThat(single(portal, "select count(*) from registration where activated_at is not null and id = "
                    + registered)).isEqualTo(1);
            assertThat(single(portal, "select count(*) from mail_outbox where kind = 'NEW_REGISTRATION' "
                    + "and recipient = 'portal@gorset.ru' and body like '%Лесная Поляна%'"))
                    .as("announced to the mailbox of «Данные и настройки»").isEqualTo(1);
        }
    }

    /** On the embedded H2 nothing notifies: the intake finds the portal's rows by looking every second. */
    @Test
    void theEmbeddedDatabaseTakesInAReplyToo(@TempDir Path home) {
        try (TestGridDesk grid = TestGridDesk.demo(home)) {
            DSLContext dsl = grid.bean(DSLContext.class);
            Operator clerk = grid.clerk();
            long caseId = grid.caseService().find(clerk, CaseQuery.firstPage()).rows().getFirst().id();
            long applicant = grid.caseService().open(clerk, caseId).applicant().id();
            long reply = dsl.insertInto(PORTAL_SUBMISSION).set(PORTAL_SUBMISSION.APPLICANT_ID, applicant)
                    .set(PORTAL_SUBMISSION.APPEAL_ID, caseId).set(PORTAL_SUBMISSION.MESSAGE_HTML, "<p>Ответ с портала</p>")
                    .set(PORTAL_SUBMISSION.SENT_AT, OffsetDateTime.now()).returning(PORTAL_SUBMISSION.ID)
                    .fetchSingle(PORTAL_SUBMISSION.ID);
            await().atMost(Duration.ofSeconds(30)).until(() -> dsl.fetchExists(PORTAL_SUBMISSION,
                    PORTAL_SUBMISSION.ID.eq(reply).and(PORTAL_SUBMISSION.OUTCOME.eq("ACCEPTED"))));
            assertThat(grid.caseService().refresh(clerk, caseId).timeline()).filteredOn(MessageItem.class::isInstance)
                    .map(item -> ((MessageItem) item).html()).anyMatch(html -> html.contains("Ответ с портала"));
        }
    }

    private static long newCases(CaseService cases, Operator clerk) {
        CasePage page = cases.find(clerk, new CaseQuery(Set.of(CaseStatuses.INITIAL), null, null, null, null,
                CaseSortColumn.CREATED, true, 0, 1));
        return page.totalCount();
    }

    private static long submission(Connection portal, long applicant, Long replyTo, String title, String html)
            throws Exception {
        try (PreparedStatement insert = portal.prepareStatement("insert into portal_submission (applicant_id, appeal_id, "
                + "kind, title, capacity_kw, voltage_kv, message_html, sent_at, application_kind) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id")) {
            insert.setLong(1, applicant);
            insert.setObject(2, replyTo);
            insert.setString(3, replyTo == null ? "APPLICATION" : null);
            insert.setString(4, title);
            insert.setObject(5, replyTo == null ? new java.math.BigDecimal("15.00") : null);
            insert.setObject(6, replyTo == null ? new java.math.BigDecimal("0.40") : null);
            insert.setString(7, html);
            insert.setTimestamp(8, Timestamp.from(Instant.now()));
            insert.setString(9, replyTo == null ? "CAPACITY_INCREASE" : null);
            return single(insert);
        }
    }

    private static void file(Connection portal, long submission, int position, String name, String fileName,
                             byte[] content) throws Exception {
        try (PreparedStatement insert = portal.prepareStatement("insert into portal_submission_file (submission_id, "
                + "position, document_name, file_name, content) values (?, ?, ?, ?, ?)")) {
            insert.setLong(1, submission);
            insert.setInt(2, position);
            insert.setString(3, name);
            insert.setString(4, fileName);
            insert.setBytes(5, content);
            insert.executeUpdate();
        }
    }

    private static long registration(Connection portal) throws Exception {
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement insert = portal.prepareStatement("insert into portal_registration (type, last_name, "
                + "first_name, patronymic, email, phone, inn, ogrn, kpp, organisation_full_name, organisation_short_name, "
                + "consent_pd_law_at, consent_processing_at, registered_at, phone_confirmed_at) values ('LEGAL_ENTITY', "
                + "'Орлов', 'Иван', 'Петрович', 'orlov@polyana.ru', '+79031112233', '7707083893', '1027700132195', "
                + "'773601001', 'Общество с ограниченной ответственностью «Лесная Поляна»', 'ООО «Лесная Поляна»', ?, ?, ?, ?) "
                + "returning id")) {
            for (int i = 1; i <= 4; i++) {
                insert.setTimestamp(i, now);
            }
            return single(insert);
        }
    }

    private static void activation(Connection portal, long registration) throws Exception {
        try (PreparedStatement insert = portal.prepareStatement("insert into portal_registration_activation "
                + "(portal_registration_id, email_confirmed_at, activated_at) values (?, ?, ?)")) {
            insert.setLong(1, registration);
            insert.setTimestamp(2, Timestamp.from(Instant.now()));
            insert.setTimestamp(3, Timestamp.from(Instant.now()));
            insert.executeUpdate();
        }
    }

    private static long processed(Connection portal, String table) throws Exception {
        return single(portal, "select count(*) from " + table + " where processed_at is not null");
    }

    /** What the portal reads back: the outcome and its text. */
    private static String outcome(Connection portal, String table, long id) throws Exception {
        try (ResultSet row = portal.createStatement().executeQuery(
                "select outcome, outcome_text from " + table + " where id = " + id)) {
            row.next();
            return row.getString(1) + ": " + row.getString(2);
        }
    }

    private static long single(Connection portal, String sql) throws Exception {
        try (PreparedStatement query = portal.prepareStatement(sql)) {
            return single(query);
        }
    }

    private static long single(PreparedStatement query) throws Exception {
        try (ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
