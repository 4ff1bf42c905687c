package org.griddesk.persistence.deadlines;

import java.time.LocalDate;
import java.util.List;
import org.griddesk.core.deadlines.CalendarDay;
import org.griddesk.core.deadlines.ProductionCalendar;
import org.jooq.DSLContext;

import static org.griddesk.persistence.schema.Tables.PRODUCTION_CALENDAR_DAY;

public final class JooqProductionCalendar implements ProductionCalendar {
    private final DSLContext dsl;

    public JooqProductionCalendar(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<CalendarDay> days() {
        return dsl.selectFrom(PRODUCTION_CALENDAR_DAY).orderBy(PRODUCTION_CALENDAR_DAY.CALENDAR_DATE)
                .fetch(row -> new CalendarDay(row.getCalendarDate(), row.getWorking(), row.getNote()));
    }

    @Override
    public void save(CalendarDay day) {
        dsl.insertInto(PRODUCTION_CALENDAR_DAY)
                .set(PRODUCTION_CALENDAR_DAY.CALENDAR_DATE, day.date())
                .set(PRODUCTION_CALENDAR_DAY.WORKING, day.working())
                .set(PRODUCTION_CALENDAR_DAY.NOTE, day.note())
                .onDuplicateKeyUpdate()
                .set(PRODUCTION_CALENDAR_DAY.WORKING, day.working())
                .set(PRODUCTION_CALENDAR_DAY.NOTE, day.note())
                .execute();
    }

    @Override
    public boolean delete(LocalDate date) {
        return dsl.deleteFrom(PRODUCTION_CALENDAR_DAY).where(PRODUCTION_CALENDAR_DAY.CALENDAR_DATE.eq(date)).execute() == 1;
    }
}
