package org.griddesk.core.reports;

import java.util.List;

/** Port: plain A4 documents in Russian — a heading and wrapped lines — as PDF bytes. */
public interface PdfReports {
    byte[] document(String heading, List<String> lines);
}
