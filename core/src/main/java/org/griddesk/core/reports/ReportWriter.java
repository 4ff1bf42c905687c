package org.griddesk.core.reports;

import java.io.IOException;
import java.io.OutputStream;

/** Port: writes a report to a file format. Rows are written as they come; the stream is not closed. */
public interface ReportWriter {
    ExportFormat format();

    void write(ReportSheet sheet, ReportRows rows, OutputStream out) throws IOException;
}
