package org.griddesk.app.documents;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.griddesk.core.reports.ExportFormat;
import org.griddesk.core.reports.ReportChart;
import org.griddesk.core.reports.ReportColumn;
import org.griddesk.core.reports.ReportRows;
import org.griddesk.core.reports.ReportSheet;
import org.griddesk.core.reports.ReportWriter;

/**
 * Reports as Excel workbooks with fastexcel, which streams the sheet to the file: numbers and dates stay real cells,
 * text goes inline (a shared-strings table would keep every distinct string of a million rows in memory). Past
 * Excel's row limit the rows go on «Лист 2» and so on; a chart comes as its table on the sheet «Диаграмма».
 */
public final class XlsxReportWriter implements ReportWriter {
    private final int rowsPerSheet;

    public XlsxReportWriter() {
        this(Worksheet.MAX_ROWS - XlsxTable.FIRST_DATA_ROW);
    }

    /** A lower limit lets tests see rows continue on the next sheet without writing a million of them. */
    XlsxReportWriter(int rowsPerSheet) {
        this.rowsPerSheet = rowsPerSheet;
    }

    @Override
    public ExportFormat format() {
        return ExportFormat.XLSX;
    }

    @Override
    public void write(ReportSheet sheet, ReportRows rows, OutputStream out) throws IOException {
        List<ReportColumn> columns = ReportCells.columns(sheet);
        Workbook workbook = new Workbook(out, "GridDesk", null);
        XlsxTable table = new XlsxTable(workbook, sheet, rowsPerSheet);
        ReportCells.forEach(columns, rows, table::add);
        table.finish();
        if (sheet.chart() != null) {
            chart(workbook.newWorksheet("Диаграмма"), sheet.chart());
        }
        workbook.finish();
    }

    /** Categories down, series across, as Excel's own chart wizard wants its source range. */
    private static void chart(Worksheet worksheet, ReportChart chart) {
        List<ReportChart.Series> series = chart.series();
        worksheet.inlineString(0, 0, chart.title());
        worksheet.style(0, 0).bold().set();
        worksheet.inlineString(2, 0, "Категория");
        int categoryWidth = "Категория".length();
        for (int s = 0; s < series.size(); s++) {
            worksheet.inlineString(2, s + 1, series.get(s).name());
            worksheet.width(s + 1, Math.clamp(series.get(s).name().length() + 2, 10, 40));
        }
        worksheet.range(2, 0, 2, series.size()).style().bold().set();
        for (int i = 0; i < chart.categories().size(); i++) {
            String category = chart.categories().get(i);
            worksheet.inlineString(3 + i, 0, category);
            categoryWidth = Math.max(categoryWidth, category.length());
            for (int s = 0; s < series.size(); s++) {
                worksheet.value(3 + i, s + 1, series.get(s).values().get(i));
            }
        }
        worksheet.width(0, Math.clamp(categoryWidth + 2, 10, 60));
    }
}
