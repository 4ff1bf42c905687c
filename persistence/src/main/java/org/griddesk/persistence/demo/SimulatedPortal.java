package org.griddesk.persistence.demo;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.griddesk.core.applicants.ApplicantType;
import org.griddesk.core.readings.ReadingWindow;
import org.griddesk.core.registrations.RegistrationForm;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;

import static org.griddesk.persistence.database.Timestamps.toColumn;
import static org.griddesk.persistence.schema.Tables.ACCOUNT_LINK;
import static org.griddesk.persistence.schema.Tables.ACCOUNT_LINK_REQUEST;
import static org.griddesk.persistence.schema.Tables.APPEAL;
import static org.griddesk.persistence.schema.Tables.METER;
import static org.griddesk.persistence.schema.Tables.METER_FAULT_NOTICE;
import static org.griddesk.persistence.schema.Tables.METER_READING;
import static org.griddesk.persistence.schema.Tables.PERSONAL_ACCOUNT;
import static org.griddesk.persistence.schema.Tables.RETAIL_BRANCH;
import static org.griddesk.persistence.schema.Tables.APPLICANT;
import static org.griddesk.persistence.schema.Tables.DOCUMENT_CHUNK;
import static org.griddesk.persistence.schema.Tables.DOCUMENT_SIGNATURE;
import static org.griddesk.persistence.schema.Tables.PORTAL_COUNTER_SIGNATURE;
import static org.griddesk.persistence.schema.Tables.PORTAL_REGISTRATION;
import static org.griddesk.persistence.schema.Tables.PORTAL_REGISTRATION_ACTIVATION;
import static org.griddesk.persistence.schema.Tables.PORTAL_SUBMISSION;
import static org.griddesk.persistence.schema.Tables.PORTAL_SUBMISSION_FILE;
import static org.griddesk.persistence.schema.Tables.TIMELINE_ITEM;

/**
 * The customers' portal as the simulator plays it: only the tables of docs/portal-contract.md, written and read with
 * plain jOOQ, none of GridDesk's repositories or services. Registrations carry the demo's flaws and duplicates.
 */
public final class SimulatedPortal {
    /** An applicant as the portal knows its user. */
    public record PortalUser(long applicantId, ApplicantType type, String lastName, String firstName, String phone,
                             String inn, String ogrn, String ogrnip, String organisationShortName) {
    }

    /** A document the organisation signed that waits for its applicant, with the bytes the portal shows. */
    public record AwaitedDocument(long documentId, long caseId, PortalUser signer, byte[] content) {
    }

    public record AttachedFile(String documentName, String fileName, byte[] content) {
    }

    /** A meter of an account linked to the user: its last billed value (null when none yet), its branch's window. */
    public record LinkedMeter(long meterId, BigDecimal lastBilled, ReadingWindow window) {
    }

    /** An account of the retailer, as a receipt shows it: what a user types when asking to link it. */
    public record ReceiptAccount(long branchId, String number, String ownerName) {
    }

    private final DSLContext dsl;
    private final List<RegistrationForm> registered = new ArrayList<>();

    public SimulatedPortal(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Someone registers: a demo registrant, now and then with a flawed field or another's phone or INN. */
    public long register(ApplicantType type, int index, Random random, Instant at) {
        RegistrationForm form = DemoRegistrations.withDefects(DemoRegistrant.random(type, random, index).form(), index,
                registered, List.of(), random);
        registered.add(form);
        var r = PORTAL_REGISTRATION;
        return dsl.insertInto(r)
                .set(r.TYPE, form.type().name()).set(r.LAST_NAME, form.lastName()).set(r.FIRST_NAME, form.firstName())
                .set(r.PATRONYMIC, form.patronymic()).set(r.EMAIL, form.email()).set(r.PHONE, form.phone())
                .set(r.SNILS, form.snils()).set(r.INN, form.inn()).set(r.OGRN, form.ogrn()).set(r.OGRNIP, form.ogrnip())
                .set(r.KPP, form.kpp()).set(r.ORGANISATION_FULL_NAME, form.organisationFullName())
                .set(r.ORGANISATION_SHORT_NAME, form.organisationShortName())
                .set(r.ADDITIONAL_CONTACT, form.additionalContact()).set(r.CONTACT_LAST_NAME, form.contactLastName())
                .set(r.CONTACT_FIRST_NAME, form.contactFirstName()).set(r.CONTACT_PATRONYMIC, form.contactPatronymic())
                .set(r.CONSENT_PD_LAW_AT, toColumn(at)).set(r.CONSENT_PROCESSING_AT, toColumn(at))
                .set(r.CONSENT_MARKETING_AT, random.nextBoolean() ? toColumn(at) : null)
                .set(r.REGISTERED_AT, toColumn(at)).set(r.PHONE_CONFIRMED_AT, toColumn(at.plusSeconds(30)))
                .returning(r.ID).fetchSingle(r.ID);
    }

    /** The applicant followed the e-mail's link. */
    public void activate(long portalRegistrationId, Instant at) {
        dsl.insertInto(PORTAL_REGISTRATION_ACTIVATION)
                .set(PORTAL_REGISTRATION_ACTIVATION.PORTAL_REGISTRATION_ID, portalRegistrationId)
                .set(PORTAL_REGISTRATION_ACTIVATION.EMAIL_CONFIRMED_AT, toColumn(at))
                .set(PORTAL_REGISTRATION_ACTIVATION.ACTIVATED_AT, toColumn(at))
                .execute();
    }

    /** Up to {@code limit} of the applicants GridDesk made from confirmed registrations, the portal's users. */
    public List<PortalUser> users(int limit) {
        return dsl.select(USER_FIELDS).from(APPLICANT).orderBy(APPLICANT.ID).limit(limit).fetch(SimulatedPortal::user);
    }

    private static final List<Field<?>> USER_FIELDS = List.of(APPLICANT.ID, APPLICANT.TYPE, APPLICANT.LAST_NAME,
            APPLICANT.FIRST_NAME, APPLICANT.PHONE, APPLICANT.INN, APPLICANT.OGRN, APPLICANT.OGRNIP,
            APPLICANT.ORGANISATION_SHORT_NAME);

    private static PortalUser user(Record row) {
        return new PortalUser(row.get(APPLICANT.ID), ApplicantType.valueOf(row.get(APPLICANT.TYPE)),
                row.get(APPLICANT.LAST_NAME), row.get(APPLICANT.FIRST_NAME), row.get(APPLICANT.PHONE),
                row.get(APPLICANT.INN), row.get(APPLICANT.OGRN), row.get(APPLICANT.OGRNIP),
                row.get(APPLICANT.ORGANISATION_SHORT_NAME));
    }

    /**
     * A new application ({@code applicationKind} and {@code capacityKw} given) or message ({@code applicationKind}
     * null), in one transaction with its files.
     */
    public long submit(long applicantId, String applicationKind, String title, BigDecimal capacityKw, String html,
                       List<AttachedFile> files, Instant at) {
        return dsl.transactionResult(tx -> {
            var s = PORTAL_SUBMISSION;
            long id = tx.dsl().insertInto(s).set(s.APPLICANT_ID, applicantId)
                    .set(s.KIND, applicationKind == null ? "MESSAGE" : "APPLICATION")
                    .set(s.APPLICATION_KIND, applicationKind).set(s.TITLE, title)
                    .set(s.CAPACITY_KW, capacityKw).set(s.VOLTAGE_KV, capacityKw == null ? null : new BigDecimal("0.40"))
                    .set(s.MESSAGE_HTML, html).set(s.SENT_AT, toColumn(at)).returning(s.ID).fetchSingle(s.ID);
            attach(tx.dsl(), id, files);
            return id;
        });
    }

    /** The applicant's reply to one of their cases. */
    public long reply(long applicantId, long caseId, String html, List<AttachedFile> files, Instant at) {
        return dsl.transactionResult(tx -> {
            var s = PORTAL_SUBMISSION;
            long id = tx.dsl().insertInto(s).set(s.APPLICANT_ID, applicantId).set(s.APPEAL_ID, caseId)
                    .set(s.MESSAGE_HTML, html).set(s.SENT_AT, toColumn(at)).returning(s.ID).fetchSingle(s.ID);
            attach(tx.dsl(), id, files);
            return id;
        });
    }

    private static void attach(DSLContext dsl, long submissionId, List<AttachedFile> files) {
        for (int i = 0; i < files.size(); i++) {
            AttachedFile file = files.get(i);
            dsl.insertInto(PORTAL_SUBMISSION_FILE).set(PORTAL_SUBMISSION_FILE.SUBMISSION_ID, submissionId)
                    .set(PORTAL_SUBMISSION_FILE.POSITION, i).set(PORTAL_SUBMISSION_FILE.DOCUMENT_NAME, file.documentName())
                    .set(PORTAL_SUBMISSION_FILE.FILE_NAME, file.fileName())
                    .set(PORTAL_SUBMISSION_FILE.CONTENT, file.content()).execute();
        }
    }

    /** Cases of this applicant, newest first: what the portal lists under «Мои обращения». */
    public List<Long> casesOf(long applicantId, int limit) {
        return dsl.select(APPEAL.ID).from(APPEAL).where(APPEAL.APPLICANT_ID.eq(applicantId))
                .orderBy(APPEAL.ID.desc()).limit(limit).fetch(APPEAL.ID);
    }

    /**
     * Two-sided documents the organisation has signed and the applicant has not (nor sent a signature still being
     * taken in), with their bytes as stored.
     */
    public List<AwaitedDocument> awaitingApplicant(int limit) {
        var organisation = DOCUMENT_SIGNATURE.as("organisation");
        var applicant = DOCUMENT_SIGNATURE.as("applicant_signature");
        List<Field<?>> fields = new ArrayList<>(List.of(TIMELINE_ITEM.ID, TIMELINE_ITEM.APPEAL_ID, TIMELINE_ITEM.CONTENT_ID));
        fields.addAll(USER_FIELDS);
        return dsl.select(fields)
                .from(TIMELINE_ITEM).join(APPEAL).on(APPEAL.ID.eq(TIMELINE_ITEM.APPEAL_ID))
                .join(APPLICANT).on(APPLICANT.ID.eq(APPEAL.APPLICANT_ID))
                .where(TIMELINE_ITEM.REQUIRES_TWO_SIDED_SIGNATURE.isTrue())
                .andExists(DSL.selectOne().from(organisation).where(organisation.DOCUMENT_ID.eq(TIMELINE_ITEM.ID)
                        .and(organisation.SIDE.eq("ORGANISATION")).and(organisation.ACCEPTED.isTrue())))
                .andNotExists(DSL.selectOne().from(applicant).where(applicant.DOCUMENT_ID.eq(TIMELINE_ITEM.ID)
                        .and(applicant.SIDE.eq("APPLICANT")).and(applicant.ACCEPTED.isTrue())))
                .andNotExists(DSL.selectOne().from(PORTAL_COUNTER_SIGNATURE)
                        .where(PORTAL_COUNTER_SIGNATURE.DOCUMENT_ID.eq(TIMELINE_ITEM.ID))
                        .and(PORTAL_COUNTER_SIGNATURE.PROCESSED_AT.isNull()))
                .orderBy(TIMELINE_ITEM.ID).limit(limit)
                .fetch(row -> new AwaitedDocument(row.get(TIMELINE_ITEM.ID), row.get(TIMELINE_ITEM.APPEAL_ID), user(row),
                        content(row.get(TIMELINE_ITEM.CONTENT_ID))));
    }

    /** A file's bytes: its chunks in order. */
    private byte[] content(long contentId) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        dsl.select(DOCUMENT_CHUNK.BYTES).from(DOCUMENT_CHUNK).where(DOCUMENT_CHUNK.CONTENT_ID.eq(contentId))
                .orderBy(DOCUMENT_CHUNK.SEQ).fetch(DOCUMENT_CHUNK.BYTES).forEach(bytes::writeBytes);
        return bytes.toByteArray();
    }

    /** An SMS-confirmed signature: the phone and the code's hash as the contract makes it. */
    public void counterSignSimple(long documentId, String phone, String codeHash, Instant at) {
        dsl.insertInto(PORTAL_COUNTER_SIGNATURE).set(PORTAL_COUNTER_SIGNATURE.DOCUMENT_ID, documentId)
                .set(PORTAL_COUNTER_SIGNATURE.KIND, "SIMPLE").set(PORTAL_COUNTER_SIGNATURE.SENT_AT, toColumn(at))
                .set(PORTAL_COUNTER_SIGNATURE.PHONE, phone).set(PORTAL_COUNTER_SIGNATURE.CODE_HASH, codeHash).execute();
    }

    public void counterSignQualified(long documentId, byte[] cms, Instant at) {
        dsl.insertInto(PORTAL_COUNTER_SIGNATURE).set(PORTAL_COUNTER_SIGNATURE.DOCUMENT_ID, documentId)
                .set(PORTAL_COUNTER_SIGNATURE.KIND, "QUALIFIED").set(PORTAL_COUNTER_SIGNATURE.SENT_AT, toColumn(at))
                .set(PORTAL_COUNTER_SIGNATURE.CMS, cms).execute();
    }

    /** Meters of accounts linked to portal users (§2.9), each with the value billing last used; at most {@code limit}. */
    public List<LinkedMeter> linkedMeters(int limit) {
        var billed = METER_READING.as("billed");
        return dsl.select(METER.ID, DSL.field(DSL.select(billed.ACCEPTED_VALUE).from(billed)
                        .where(billed.METER_ID.eq(METER.ID).and(billed.STATE.in("ACCEPTED", "CORRECTED")))
                        .orderBy(billed.SUBMITTED_AT.desc()).limit(1)), RETAIL_BRANCH.READING_FROM_DAY,
                        RETAIL_BRANCH.READING_TO_DAY)
                .from(METER).join(ACCOUNT_LINK).on(ACCOUNT_LINK.ACCOUNT_ID.eq(METER.ACCOUNT_ID))
                .join(PERSONAL_ACCOUNT).on(PERSONAL_ACCOUNT.ID.eq(METER.ACCOUNT_ID))
                .join(RETAIL_BRANCH).on(RETAIL_BRANCH.ID.eq(PERSONAL_ACCOUNT.BRANCH_ID))
                .orderBy(METER.ID).limit(limit)
                .fetch(row -> new LinkedMeter(row.value1(), row.value2(), new ReadingWindow(row.value3(), row.value4())));
    }

    /** «Передать показания»: the portal checked the window and the previous value before writing (§2.9). */
    public void submitReading(long meterId, BigDecimal value, Instant at) {
        dsl.insertInto(METER_READING).set(METER_READING.METER_ID, meterId).set(METER_READING.SUBMITTED_AT, toColumn(at))
                .set(METER_READING.CHANNEL, "PORTAL").set(METER_READING.READING_VALUE, value)
                .set(METER_READING.STATE, "SUBMITTED").execute();
    }

    /** «Уведомить о неисправности» (§2.9) of a meter the user sees. */
    public void notifyFault(long meterId, String description, Instant at) {
        dsl.insertInto(METER_FAULT_NOTICE).set(METER_FAULT_NOTICE.METER_ID, meterId)
                .set(METER_FAULT_NOTICE.DESCRIPTION, description).set(METER_FAULT_NOTICE.SUBMITTED_AT, toColumn(at))
                .execute();
    }

    /** Some account of the retailer, picked by {@code index}, as its receipt names it. */
    public ReceiptAccount account(int index) {
        return dsl.select(PERSONAL_ACCOUNT.BRANCH_ID, PERSONAL_ACCOUNT.NUMBER, PERSONAL_ACCOUNT.OWNER_NAME)
                .from(PERSONAL_ACCOUNT).orderBy(PERSONAL_ACCOUNT.ID).offset(index).limit(1)
                .fetchOptional(row -> new ReceiptAccount(row.value1(), row.value2(), row.value3()))
                .orElse(null);
    }

    /** «+ Добавить лицевой счет» (§2.4): branch, number and the owner's name as proof. */
    public void requestLink(long applicantId, ReceiptAccount account, boolean eReceipt, Instant at) {
        var r = ACCOUNT_LINK_REQUEST;
        dsl.insertInto(r).set(r.APPLICANT_ID, applicantId).set(r.BRANCH_ID, account.branchId())
                .set(r.ACCOUNT_NUMBER, account.number()).set(r.OWNER_NAME, account.ownerName())
                .set(r.E_RECEIPT, eReceipt).set(r.SUBMITTED_AT, toColumn(at)).set(r.STATE, "NEW").execute();
    }

    /** Rows written since {@code since}, by table and outcome («ожидает» while GridDesk has not taken them in). */
    public Map<String, Integer> outcomes(Instant since) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        count(counts, "регистрации", PORTAL_REGISTRATION, PORTAL_REGISTRATION.OUTCOME,
                PORTAL_REGISTRATION.REGISTERED_AT, since);
        count(counts, "обращения и ответы", PORTAL_SUBMISSION, PORTAL_SUBMISSION.OUTCOME, PORTAL_SUBMISSION.SENT_AT, since);
        count(counts, "подписи", PORTAL_COUNTER_SIGNATURE, PORTAL_COUNTER_SIGNATURE.OUTCOME,
                PORTAL_COUNTER_SIGNATURE.SENT_AT, since);
        // Readings and link requests wait for a clerk, not for an intake: their states are what the portal shows.
        dsl.select(METER_READING.STATE, DSL.count()).from(METER_READING)
                .where(METER_READING.SUBMITTED_AT.ge(toColumn(since)).and(METER_READING.CHANNEL.eq("PORTAL")))
                .groupBy(METER_READING.STATE).orderBy(METER_READING.STATE).fetch()
                .forEach(row -> counts.put("показания " + row.value1(), row.value2()));
        dsl.select(ACCOUNT_LINK_REQUEST.STATE, DSL.count()).from(ACCOUNT_LINK_REQUEST)
                .where(ACCOUNT_LINK_REQUEST.SUBMITTED_AT.ge(toColumn(since)))
                .groupBy(ACCOUNT_LINK_REQUEST.STATE).orderBy(ACCOUNT_LINK_REQUEST.STATE).fetch()
                .forEach(row -> counts.put("заявки на привязку счёта " + row.value1(), row.value2()));
        return counts;
    }

    private void count(Map<String, Integer> counts, String what, Table<?> table, Field<String> outcome,
                       Field<OffsetDateTime> at, Instant since) {
        Field<String> shown = DSL.coalesce(outcome, DSL.inline("ожидает"));
        dsl.select(shown, DSL.count()).from(table).where(at.ge(toColumn(since))).groupBy(shown).orderBy(shown)
                .fetch().forEach(row -> counts.put(what + " " + row.value1(), row.value2()));
    }

    /** Statuses of the cases the simulated applicants have, as the portal shows them. */
    public Map<String, Integer> statuses(List<Long> applicantIds) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        dsl.select(APPEAL.STATUS, DSL.count()).from(APPEAL).where(APPEAL.APPLICANT_ID.in(applicantIds))
                .groupBy(APPEAL.STATUS).orderBy(APPEAL.STATUS).fetch()
                .forEach(row -> counts.put(row.value1(), row.value2()));
        return counts;
    }

    /** How long a row written at {@code at} waited to be taken in, for rows taken in since then. */
    public List<Duration> submissionDelays(Instant since) {
        return dsl.select(PORTAL_SUBMISSION.SENT_AT, PORTAL_SUBMISSION.PROCESSED_AT).from(PORTAL_SUBMISSION)
                .where(PORTAL_SUBMISSION.SENT_AT.ge(toColumn(since)).and(PORTAL_SUBMISSION.PROCESSED_AT.isNotNull()))
                .fetch(row -> Duration.between(row.value1(), row.value2()));
    }
}
