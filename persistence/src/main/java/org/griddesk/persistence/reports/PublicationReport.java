package org.griddesk.persistence.reports;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.griddesk.core.cases.CaseKind;
import org.griddesk.core.cases.Side;
import org.griddesk.core.deadlines.DeadlineStage;
import org.griddesk.core.reports.ReportColumn;
import org.griddesk.core.reports.ReportPeriod;
import org.griddesk.core.reports.ReportTable;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

import static org.griddesk.persistence.schema.Tables.APPEAL;
import static org.griddesk.persistence.schema.Tables.CASE_DEADLINE;
import static org.griddesk.persistence.schema.Tables.TIMELINE_ITEM;

/**
 * The progress of each grid-connection application received in the period, as ПП РФ № 24 (п. 19) has it disclosed:
 * the milestones come from the deadline stages (contract documents sent, contract concluded, connection done) and
 * from the organisation's documents (technical conditions fulfilled, closing acts), each the first such date, found by
 * a correlated MIN per application over the case's own rows (indexed by case).
 */
final class PublicationReport {
    private static final List<ReportColumn> COLUMNS = List.of(ReportColumn.text("Регистрационный номер"),
            ReportColumn.date("Поступила"), ReportColumn.date("Документы договора направлены"),
            ReportColumn.date("Договор заключён"), ReportColumn.date("ТУ выполнены"),
            ReportColumn.date("Присоединение осуществлено"), ReportColumn.date("Акты оформлены"));

    private final DSLContext dsl;
    private final ReportPeriods periods;

    PublicationReport(DSLContext dsl, ReportPeriods periods) {
        this.dsl = dsl;
        this.periods = periods;
    }

    ReportTable table(ReportPeriod period) {
        Field<String> name = DSL.lower(TIMELINE_ITEM.DOCUMENT_NAME);
        List<List<Object>> rows = dsl.select(APPEAL.REGISTRATION_NUMBER, APPEAL.CREATED_AT,
                        stageDay(CASE_DEADLINE.FINISHED_ON, DeadlineStage.CONTRACT_DOCUMENTS),
                        stageDay(CASE_DEADLINE.STARTED_ON, DeadlineStage.CONTRACT_EXECUTION),
                        firstDocument(name.like("%технических услови%").and(name.like("%выполн%"))),
                        stageDay(CASE_DEADLINE.FINISHED_ON, DeadlineStage.CONTRACT_EXECUTION),
                        firstDocument(name.like("акт%")))
                .from(APPEAL)
                .where(APPEAL.KIND.eq(CaseKind.APPLICATION.name()).and(periods.within(APPEAL.CREATED_AT, period)))
                .orderBy(APPEAL.CREATED_AT, APPEAL.ID)
                .fetch(row -> Arrays.<Object>asList(row.value1(), periods.day(row.value2()), row.value3(),
                        row.value4(), periods.day(row.value5()), row.value6(), periods.day(row.value7())));
        return new ReportTable(COLUMNS, rows);
    }

    private static Field<LocalDate> stageDay(Field<LocalDate> day, DeadlineStage stage) {
        return DSL.field(DSL.select(DSL.min(day)).from(CASE_DEADLINE)
                .where(CASE_DEADLINE.APPEAL_ID.eq(APPEAL.ID).and(CASE_DEADLINE.STAGE.eq(stage.name()))));
    }

    private static Field<OffsetDateTime> firstDocument(Condition named) {
        return DSL.field(DSL.select(DSL.min(TIMELINE_ITEM.CREATED_AT)).from(TIMELINE_ITEM)
                .where(TIMELINE_ITEM.APPEAL_ID.eq(APPEAL.ID)
                        .and(TIMELINE_ITEM.ITEM_TYPE.eq("DOCUMENT"))
                        .and(TIMELINE_ITEM.SIDE.eq(Side.ORGANISATION.name()))
                        .and(named)));
    }
}
