package org.griddesk.core.reports;

/** What a report column holds: exports write each as its own cell type (numbers and dates stay numbers and dates). */
public enum ColumnType {
    /** {@link String}. */
    TEXT,
    /** {@link Long} (or any integral {@link Number}). */
    INTEGER,
    /** {@link java.math.BigDecimal} or {@link Double}, shown with two decimals. */
    DECIMAL,
    /** {@link java.time.LocalDate}, shown dd.MM.yyyy. */
    DATE,
    /** {@link java.time.LocalDateTime} in the workstation's zone, shown dd.MM.yyyy HH:mm. */
    DATE_TIME
}
