package org.griddesk.persistence.database;

/** Typed text inside a LIKE pattern: its own %, _ and the escape character stand for themselves. */
public final class LikePatterns {
    public static final char ESCAPE = '!';

    private LikePatterns() {
    }

    public static String escape(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    /** «contains {@code word}», for LIKE … ESCAPE {@link #ESCAPE}. */
    public static String containing(String word) {
        return "%" + escape(word) + "%";
    }
}
