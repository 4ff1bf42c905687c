package org.griddesk.core.reports;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Port: a table as CSV for Russian Excel (semicolons, a byte-order mark, quoting done right). */
public interface CsvTables {
    void write(List<String> header, List<List<Object>> rows, Writer out) throws IOException;
}
