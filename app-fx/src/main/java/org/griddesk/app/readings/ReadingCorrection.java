package org.griddesk.app.readings;

/**
 * What the clerk typed in «Исправить показание»: the value as text (the view model reads it, so a wrong number comes
 * back to the dialog with the reason), whether the dial passed zero, and why the reading is corrected.
 */
public record ReadingCorrection(String value, boolean rollover, String reason) {
    static final ReadingCorrection EMPTY = new ReadingCorrection("", false, "");
}
