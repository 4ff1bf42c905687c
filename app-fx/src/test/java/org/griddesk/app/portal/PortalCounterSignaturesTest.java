package org.griddesk.app.portal;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.mail.Address;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.griddesk.core.operators.AuthenticationService;
import org.griddesk.core.access.Operator;
import org.griddesk.core.applicants.Applicant;
import org.griddesk.core.applicants.ApplicantType;
import org.griddesk.core.cases.CaseCard;
import org.griddesk.core.cases.CaseQuery;
import org.griddesk.core.cases.CaseService;
import org.griddesk.core.cases.CaseSortColumn;
import org.griddesk.core.cases.DocumentItem;
import org.griddesk.core.signing.DocumentSigningService;
import org.griddesk.core.signing.SigningProgress;
import org.griddesk.core.signing.SigningState;
import org.griddesk.signing.CadesSigner;
import org.griddesk.signing.GostAlgorithm;
import org.griddesk.signing.demo.ApplicantSubjects;
import org.griddesk.signing.demo.TestIdentity;
import org.griddesk.signing.demo.TestPki;
import org.griddesk.signing.keys.KeyOrganisationSigner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The portal's side of the shared PostgreSQL: counter-signatures written with plain SQL into the contract's table
 * (docs/portal-contract.md), taken in by two workstations whose intakes race for them, with real cryptography.
 */
class PortalCounterSignaturesTest {
    private static final String PREPARED = "Подготовка оферты договора";

    private record Offer(CaseCard card, DocumentItem document, byte[] content) {
    }

    private static ConfigurableApplicationContext workstation(EmbeddedPostgres server, Path home, TestPki pki,
                                                              int smtpPort) throws Exception {
        TestIdentity.writePemObject(Files.createDirectories(home.resolve("trust")).resolve("portal-root.pem"),
                pki.root().certificate());
        Files.write(Files.createDirectories(home.resolve("crl")).resolve("portal.crl"), pki.crl().getEncoded());
        return PortalWorkstations.start(server, home, "--griddesk.mail.host=127.0.0.1",
                "--griddesk.mail.port=" + smtpPort, "--griddesk.mail.tls=none", "--griddesk.mail.from=griddesk@example.ru");
    }

    @Test
    void eachCounterSignatureIsTakenInOnceAndTheDocumentFollows(@TempDir Path first, @TempDir Path second)
            throws Exception {
        TestPki pki = TestPki.create("УЦ портала", Instant.now());
        int smtpPort;
        try (ServerSocket free = new ServerSocket(0)) {
            smtpPort = free.getLocalPort();
        }
        GreenMail mail = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        try (EmbeddedPostgres server = EmbeddedPostgres.start();
             ConfigurableApplicationContext one = workstation(server, first, pki, smtpPort);
             ConfigurableApplicationContext two = workstation(server, second, pki, smtpPort)) {
            Operator signer = one.getBean(AuthenticationService.class).logIn("signer", "Signer-2026!".toCharArray());
            List<Offer> legal = awaitingApplicant(one, signer, pki, ApplicantType.LEGAL_ENTITY, 4);
            List<Offer> individuals = awaitingApplicant(one, signer, pki, ApplicantType.INDIVIDUAL, 2);

            Map<Long, String> expected = new LinkedHashMap<>();
            try (Connection portal = server.getPostgresDatabase().getConnection()) {
                Offer good = legal.get(0);
                expected.put(qualified(portal, good, sign(good.content(), ownCertificate(pki, good.card().applicant()))),
                        "ACCEPTED");
                Offer wrongInn = legal.get(1);
                expected.put(qualified(portal, wrongInn, sign(wrongInn.content(), pki.legalEntity())), "REJECTED");
                Offer tampered = legal.get(2);
                byte[] altered = tampered.content().clone();
                altered[altered.length / 2] ^= 1;
                expected.put(qualified(portal, tampered, sign(altered, ownCertificate(pki, tampered.card().applicant()))),
                        "REJECTED");
                Offer person = individuals.get(0);
                expected.put(simple(portal, person, person.card().applicant().phone().value(), "482915"), "ACCEPTED");
                Offer otherPhone = individuals.get(1);
                expected.put(simple(portal, otherPhone, "+79990000001", "111111"), "REJECTED");
                // The same document signed again from a second browser tab: it no longer awaits the applicant.
                expected.put(qualified(portal, good, sign(good.content(), ownCertificate(pki, good.card().applicant()))),
                        "REFUSED");

                await().atMost(Duration.ofSeconds(30)).until(() -> outcomes(portal).size() == expected.size());
                assertThat(outcomes(portal)).isEqualTo(expected);
                String documents = ids(legal, individuals, offer -> offer.document().id());
                try (ResultSet applicantSignatures = portal.createStatement().executeQuery("select count(*), "
                        + "count(distinct document_id) from document_signature where side = 'APPLICANT' and document_id in ("
                        + documents + ")")) {
                    applicantSignatures.next();
                    assertThat(applicantSignatures.getInt(1)).as("one stored signature per row taken in, none twice")
                            .isEqualTo(5).isEqualTo(applicantSignatures.getInt(2));
                }
                try (ResultSet letters = portal.createStatement().executeQuery("select count(*) from mail_outbox "
                        + "where kind = 'DOCUMENT_SIGNED_BY_BOTH' and case_id in ("
                        + ids(legal, individuals, offer -> offer.card().id()) + ")")) {
                    letters.next();
                    assertThat(letters.getInt(1)).as("a letter for each document signed by both").isEqualTo(2);
                }
            }
            try (Connection db = server.getPostgresDatabase().getConnection();
                 ResultSet contract = db.createStatement().executeQuery("select c.number, a.status, a.registration_number "
                         + "from tp_contract c join appeal a on a.id = c.appeal_id where c.appeal_id = "
                         + legal.get(0).card().id())) {
                assertThat(contract.next()).as("the offer signed by both concluded the contract").isTrue();
                assertThat(contract.getString(2)).isEqualTo("Исполнение договора ТП");
                assertThat(contract.getString(1)).isEqualTo(contract.getString(3));
            }
            List<String> signedFor = List.of(legal.get(0).card().applicant().email().value(),
                    individuals.get(0).card().applicant().email().value());
            await().atMost(Duration.ofSeconds(60)).until(() -> signedByBothLetters(mail).containsAll(signedFor));
            DocumentSigningService signing = two.getBean(DocumentSigningService.class);
            assertThat(state(signing, signer, legal.get(0))).isEqualTo(SigningState.SIGNED);
            assertThat(state(signing, signer, individuals.get(0))).isEqualTo(SigningState.SIGNED);
            assertThat(state(signing, signer, legal.get(1))).isEqualTo(SigningState.AWAITING_APPLICANT);
            assertThat(state(signing, signer, legal.get(2))).isEqualTo(SigningState.AWAITING_APPLICANT);
        } finally {
            mail.stop();
        }
    }

    /** Whom the mail server has been asked to tell «… подписан обеими сторонами». */
    private static List<String> signedByBothLetters(GreenMail mail) throws Exception {
        List<String> recipients = new ArrayList<>();
        for (MimeMessage letter : mail.getReceivedMessages()) {
            if (letter.getSubject().endsWith("подписан обеими сторонами")) {
                for (Address to : letter.getAllRecipients()) {
                    recipients.add(((InternetAddress) to).getAddress());
                }
            }
        }
        return recipients;
    }

    private static String ids(List<Offer> some, List<Offer> others, java.util.function.ToLongFunction<Offer> id) {
        return java.util.stream.Stream.concat(some.stream(), others.stream()).mapToLong(id)
                .mapToObj(Long::toString).collect(java.util.stream.Collectors.joining(","));
    }

    /** Offers of this kind of applicant, signed by the organisation now, so that they wait for the applicant. */
    private static List<Offer> awaitingApplicant(ConfigurableApplicationContext workstation, Operator signer,
                                                 TestPki pki, ApplicantType type, int wanted) {
        CaseService cases = workstation.getBean(CaseService.class);
        DocumentSigningService signing = workstation.getBean(DocumentSigningService.class);
        List<Offer> offers = new ArrayList<>();
        CaseQuery prepared = new CaseQuery(Set.of(PREPARED), null, null, null, null, CaseSortColumn.CREATED, true, 0, 1000);
        for (var row : cases.find(signer, prepared).rows()) {
            CaseCard card = cases.open(signer, row.id());
            if (card.applicant().type() != type) {
                continue;
            }
            for (Map.Entry<Long, SigningProgress> entry : signing.progress(signer, row.id()).entrySet()) {
                if (entry.getValue().state() != SigningState.AWAITING_ORGANISATION || offers.size() == wanted) {
                    continue;
                }
                DocumentItem document = card.timeline().stream().filter(item -> item.id() == entry.getKey())
                        .map(DocumentItem.class::cast).findFirst().orElseThrow();
                signing.signAsOrganisation(signer, row.id(), document.id(),
                        new KeyOrganisationSigner(pki.legalEntity().signingKey(), Clock.systemUTC()));
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                cases.download(signer, document, bytes);
                offers.add(new Offer(card, document, bytes.toByteArray()));
            }
        }
        assertThat(offers).as("demo offers of %s waiting for the organisation", type).hasSize(wanted);
        return offers;
    }

    private static TestIdentity ownCertificate(TestPki pki, Applicant applicant) {
        Instant now = Instant.now();
        return pki.issue("applicant-" + applicant.id(), GostAlgorithm.GOST_2012_256.defaultParamSet(),
                ApplicantSubjects.of(applicant.type(), applicant.person(), applicant.organisationShortName(),
                        applicant.inn().value(), applicant.ogrn().value(), null),
                now.minus(Duration.ofDays(30)), now.plus(Duration.ofDays(300)), TestPki.SIGNING_KEY_USAGE);
    }

    private static byte[] sign(byte[] content, TestIdentity key) throws Exception {
        return new CadesSigner(Clock.systemUTC()).sign(new ByteArrayInputStream(content), key.signingKey());
    }

    /** What the portal writes for a qualified signature: the detached CMS. */
    private static long qualified(Connection portal, Offer offer, byte[] cms) throws Exception {
        try (PreparedStatement insert = portal.prepareStatement("insert into portal_counter_signature "
                + "(document_id, kind, sent_at, cms) values (?, 'QUALIFIED', ?, ?) returning id")) {
            insert.setLong(1, offer.document().id());
            insert.setTimestamp(2, Timestamp.from(Instant.now()));
            insert.setBytes(3, cms);
            return single(insert);
        }
    }

    /** What the portal writes for an SMS-confirmed signature: the phone and the code's hash by the contract's recipe. */
    private static long simple(Connection portal, Offer offer, String phone, String code) throws Exception {
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest((offer.document().id() + ":" + code).getBytes(StandardCharsets.UTF_8)));
        try (PreparedStatement insert = portal.prepareStatement("insert into portal_counter_signature "
                + "(document_id, kind, sent_at, phone, code_hash) values (?, 'SIMPLE', ?, ?, ?) returning id")) {
            insert.setLong(1, offer.document().id());
            insert.setTimestamp(2, Timestamp.from(Instant.now()));
            insert.setString(3, phone);
            insert.setString(4, hash);
            return single(insert);
        }
    }

    private static long single(PreparedStatement query) throws Exception {
        try (ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** What the portal reads back: the outcome of each of its rows GridDesk has taken in. */
    private static Map<Long, String> outcomes(Connection portal) throws Exception {
        Map<Long, String> outcomes = new LinkedHashMap<>();
        try (ResultSet rows = portal.createStatement().executeQuery(
                "select id, outcome from portal_counter_signature where processed_at is not null order by id")) {
            while (rows.next()) {
                outcomes.put(rows.getLong(1), rows.getString(2));
            }
        }
        return outcomes;
    }

    private static SigningState state(DocumentSigningService signing, Operator reader, Offer offer) {
        return signing.progress(reader, offer.card().id()).get(offer.document().id()).state();
    }
}
