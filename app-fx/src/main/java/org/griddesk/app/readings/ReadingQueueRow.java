package org.griddesk.app.readings;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.griddesk.core.readings.PendingReading;

/**
 * One waiting reading as the acceptance queue shows it; {@code id} and {@code version} are what the clerk's decision
 * is made on, {@code belowPrevious}: the value is less than the previous billed one (the seed refuses such).
 */
public record ReadingQueueRow(long id, long version, String submittedAt, String channel, String account,
                              String branch, String meter, String value, String previous, String consumption,
                              boolean belowPrevious) {
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm")
            .withZone(ZoneId.systemDefault());
    static final String NONE = "—";

    static ReadingQueueRow of(PendingReading pending) {
        var reading = pending.reading();
        var meter = pending.meter();
        BigDecimal previous = pending.previous();
        BigDecimal consumption = pending.consumption();
        String zone = meter.meter().zone() == null || meter.meter().zone().isBlank()
                ? "" : " (" + meter.meter().zone() + ")";
        return new ReadingQueueRow(reading.id(), reading.version(), TIME.format(reading.submittedAt()),
                reading.channel().title(), meter.accountNumber(), meter.branchName(),
                meter.meter().serialNumber() + zone, number(reading.value()),
                previous == null ? NONE : number(previous), consumption == null ? NONE : number(consumption),
                previous != null && reading.value().compareTo(previous) < 0);
    }

    /** «Замечание»: what the clerk should look at before accepting. */
    public String remark() {
        return belowPrevious ? "меньше предыдущего" : "";
    }

    /** As a Russian reader writes a meter's value: no trailing zeros, a decimal comma. */
    static String number(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
