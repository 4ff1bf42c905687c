package org.griddesk.persistence.reports;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.griddesk.core.cases.Side;
import org.griddesk.core.reports.ReportColumn;
import org.griddesk.core.reports.ReportPeriod;
import org.griddesk.core.reports.ReportTable;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record3;
import org.jooq.Table;
import org.jooq.impl.DSL;

import static org.griddesk.persistence.schema.Tables.APPEAL;
import static org.griddesk.persistence.schema.Tables.DOCUMENT_SIGNATURE;
import static org.griddesk.persistence.schema.Tables.TIMELINE_ITEM;

/**
 * Documents that need two-sided signing, as SigningProgress reads them: awaiting the organisation until it has an
 * accepted signature, then awaiting the applicant until they have one, then signed — dated by the later of the two.
 * The two awaiting rows count the documents as they stand now; «signed» counts those whose signing completed in the
 * period. Each counter-signature refused in the period is a row of its own (count 1) naming the document, the case
 * and the reason, so that the supervisor sees why — refusals are few, and reasons are free text that would not group.
 */
final class SigningReport {
    private static final String AWAITING_ORGANISATION = "Ожидает подписи организации";
    private static final String AWAITING_APPLICANT = "Ожидает подписи заявителя";
    private static final String SIGNED = "Подписано обеими сторонами за период";
    private static final String REFUSED = "Отклонённая подпись";
    private static final List<ReportColumn> COLUMNS = List.of(ReportColumn.text("Состояние"), ReportColumn.integer("Документов"),
            ReportColumn.text("Подробности"));

    private final DSLContext dsl;
    private final ReportPeriods periods;

    SigningReport(DSLContext dsl, ReportPeriods periods) {
        this.dsl = dsl;
        this.periods = periods;
    }

    ReportTable table(ReportPeriod period) {
        Record3<Integer, Integer, Integer> counts = counts(period);
        List<List<Object>> rows = new ArrayList<>();
        rows.add(Arrays.asList(AWAITING_ORGANISATION, counts.value1().longValue(), null));
        rows.add(Arrays.asList(AWAITING_APPLICANT, counts.value2().longValue(), null));
        rows.add(Arrays.asList(SIGNED, counts.value3().longValue(), null));
        dsl.select(TIMELINE_ITEM.DOCUMENT_NAME, APPEAL.REGISTRATION_NUMBER, DOCUMENT_SIGNATURE.REJECTION_REASON)
                .from(DOCUMENT_SIGNATURE)
                .join(TIMELINE_ITEM).on(TIMELINE_ITEM.ID.eq(DOCUMENT_SIGNATURE.DOCUMENT_ID))
                .join(APPEAL).on(APPEAL.ID.eq(TIMELINE_ITEM.APPEAL_ID))
                .where(DOCUMENT_SIGNATURE.ACCEPTED.isFalse().and(periods.within(DOCUMENT_SIGNATURE.SIGNED_AT, period)))
                .orderBy(DOCUMENT_SIGNATURE.SIGNED_AT, DOCUMENT_SIGNATURE.ID)
                .forEach(row -> rows.add(Arrays.asList(REFUSED, 1L, details(row.value1(), row.value2(), row.value3()))));
        return new ReportTable(COLUMNS, rows);
    }

    /** One row: documents awaiting the organisation, awaiting the applicant, signed by both in the period. */
    private Record3<Integer, Integer, Integer> counts(ReportPeriod period) {
        Table<?> documents = DSL.select(TIMELINE_ITEM.ID,
                        DSL.max(acceptedBy(Side.ORGANISATION)).as("organisation"),
                        DSL.max(acceptedBy(Side.APPLICANT)).as("applicant"),
                        DSL.max(DSL.when(DOCUMENT_SIGNATURE.ACCEPTED.isTrue(), DOCUMENT_SIGNATURE.SIGNED_AT)).as("signed_at"))
                .from(TIMELINE_ITEM)
                .leftJoin(DOCUMENT_SIGNATURE).on(DOCUMENT_SIGNATURE.DOCUMENT_ID.eq(TIMELINE_ITEM.ID))
                .where(TIMELINE_ITEM.ITEM_TYPE.eq("DOCUMENT").and(TIMELINE_ITEM.REQUIRES_TWO_SIDED_SIGNATURE.isTrue()))
                .groupBy(TIMELINE_ITEM.ID)
                .asTable("signed_document");
        Field<Integer> organisation = documents.field("organisation", Integer.class);
        Field<Integer> applicant = documents.field("applicant", Integer.class);
        return dsl.select(DSL.count().filterWhere(organisation.eq(0)),
                        DSL.count().filterWhere(organisation.eq(1).and(applicant.eq(0))),
                        DSL.count().filterWhere(organisation.eq(1).and(applicant.eq(1))
                                .and(periods.within(documents.field("signed_at", OffsetDateTime.class), period))))
                .from(documents)
                .fetchSingle();
    }

    private static Field<Integer> acceptedBy(Side side) {
        return DSL.when(DOCUMENT_SIGNATURE.ACCEPTED_SIDE.eq(side.name()), DSL.inline(1)).otherwise(DSL.inline(0));
    }

    /** «Оферта», обращение № 101: Подпись не соответствует владельцу. */
    private static String details(String document, String registrationNumber, String reason) {
        return "«" + document + "», обращение " + (registrationNumber == null ? "без номера" : "№ " + registrationNumber)
                + ": " + reason;
    }
}
