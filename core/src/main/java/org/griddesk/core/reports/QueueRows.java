package org.griddesk.core.reports;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.griddesk.core.cases.CaseSummary;

/** The queue's columns as an export writes them: real dates, the names a clerk sees. */
final class QueueRows {
    static final List<ReportColumn> COLUMNS = List.of(
            ReportColumn.text("Регистрационный номер"), ReportColumn.text("Вид обращения"), ReportColumn.text("Тема"),
            ReportColumn.text("Заявитель"), ReportColumn.text("Тип заявителя"), ReportColumn.text("Статус"),
            ReportColumn.text("Исполнитель"), ReportColumn.date("Срок"), ReportColumn.text("Срок нарушен"),
            ReportColumn.dateTime("Дата отправки"), ReportColumn.dateTime("Последнее изменение"));

    private QueueRows() {
    }

    static List<Object> values(CaseSummary row, ZoneId zone) {
        return Arrays.asList(row.registrationNumber(), row.kind().title(), row.title(), row.applicantName(),
                row.applicantType().title(), row.status(), row.assignee(), row.deadlinePaused() ? null : row.dueOn(),
                row.deadlineMissed() ? "да" : "нет", LocalDateTime.ofInstant(row.createdAt(), zone),
                LocalDateTime.ofInstant(row.updatedAt(), zone));
    }
}
