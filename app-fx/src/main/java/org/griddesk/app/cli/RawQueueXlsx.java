package org.griddesk.app.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The baseline of {@code bench-reports}: the queue's rows read with plain JDBC and written straight through fastexcel
 * — the cells, formats, frozen header and filter GridDesk's export writes, with none of its code on top.
 */
final class RawQueueXlsx {
    private static final String[] HEADER = {"Регистрационный номер", "Вид обращения", "Тема", "Заявитель",
            "Тип заявителя", "Статус", "Исполнитель", "Срок", "Срок нарушен", "Дата отправки", "Последнее изменение"};
    private static final String SELECT = "SELECT a.registration_number, a.kind, a.title, p.display_name, p.type, a.status, "
            + "o.full_name, a.due_on, a.deadline_paused, a.deadline_missed, a.created_at, a.updated_at FROM appeal a "
            + "JOIN applicant p ON p.id = a.applicant_id LEFT JOIN operator o ON o.id = a.assignee_id "
            + "ORDER BY a.updated_at DESC, a.id DESC";
    private static final int FIRST_ROW = 4;
    private static final int FLUSH_EVERY = 4_000;

    private RawQueueXlsx() {
    }

    static long write(Connection connection, ZoneId zone, Map<String, String> titles, OutputStream out)
            throws SQLException, IOException {
        connection.setAutoCommit(false);
        Workbook workbook = new Workbook(out, "GridDesk", null);
        Worksheet sheet = workbook.newWorksheet("Лист 1");
        sheet.inlineString(0, 0, "Обращения");
        sheet.inlineString(1, 0, "все обращения");
        for (int c = 0; c < HEADER.length; c++) {
            sheet.inlineString(FIRST_ROW - 1, c, HEADER[c]);
            sheet.width(c, 20);
        }
        sheet.freezePane(0, FIRST_ROW);
        int row = FIRST_ROW;
        int styledFrom = row;
        try (PreparedStatement select = connection.prepareStatement(SELECT)) {
            select.setFetchSize(1_000);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    text(sheet, row, 0, rows.getString(1));
                    text(sheet, row, 1, titles.get(rows.getString(2)));
                    text(sheet, row, 2, rows.getString(3));
                    text(sheet, row, 3, rows.getString(4));
                    text(sheet, row, 4, titles.get(rows.getString(5)));
                    text(sheet, row, 5, rows.getString(6));
                    text(sheet, row, 6, rows.getString(7));
                    java.sql.Date due = rows.getDate(8);
                    if (due != null && !rows.getBoolean(9)) {
                        sheet.value(row, 7, due.toLocalDate());
                    }
                    sheet.inlineString(row, 8, rows.getBoolean(10) ? "да" : "нет");
                    sheet.value(row, 9, rows.getObject(11, OffsetDateTime.class).atZoneSameInstant(zone).toLocalDateTime());
                    sheet.value(row, 10, rows.getObject(12, OffsetDateTime.class).atZoneSameInstant(zone).toLocalDateTime());
                    row++;
                    if ((row - FIRST_ROW) % FLUSH_EVERY == 0) {
                        styleAndFlush(sheet, styledFrom, row);
                        styledFrom = row;
                    }
                }
            }
        } finally {
            connection.rollback();
        }
        styleAndFlush(sheet, styledFrom, row);
        sheet.setAutoFilter(FIRST_ROW - 1, 0, row - 1, HEADER.length - 1);
        sheet.finish();
        workbook.finish();
        return row - FIRST_ROW;
    }

    private static void text(Worksheet sheet, int row, int column, String value) {
        if (value != null) {
            sheet.inlineString(row, column, value);
        }
    }

    private static void styleAndFlush(Worksheet sheet, int from, int to) throws IOException {
        if (to > from) {
            sheet.range(from, 7, to - 1, 7).style().format("dd.mm.yyyy").set();
            sheet.range(from, 9, to - 1, 10).style().format("dd.mm.yyyy hh:mm").set();
        }
        sheet.flush();
    }
}
