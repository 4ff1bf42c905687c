package org.griddesk.core.cases;

import java.util.List;

/** Port: the file extensions documents may have now, as the administrator keeps them. */
@FunctionalInterface
public interface AllowedFormats {
    List<String> extensions();

    /** For rules tested without a database. */
    AllowedFormats DEFAULT = () -> FileFormats.DEFAULT;
}
