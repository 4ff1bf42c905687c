package org.griddesk.app.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** For commands that run without the application context, where nobody configured logging. */
public final class QuietLogs {
    private QuietLogs() {
    }

    /** Only warnings: the command's own output must not drown in debug lines. */
    public static void apply() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            context.getLogger(Logger.ROOT_LOGGER_NAME).setLevel(Level.WARN);
            // PostgreSQL 14 and 15 are older than jOOQ 3.21's dialect claims; everything used here works on them.
            context.getLogger("org.jooq.impl.DefaultExecuteContext.logVersionSupport").setLevel(Level.ERROR);
            // A PDF's standard font drawn with a system font's glyphs is what a generated test file wants.
            context.getLogger("org.apache.pdfbox.pdmodel.font.PDType1Font").setLevel(Level.ERROR);
        }
    }
}
