package org.griddesk.core.readings;

import java.util.List;

/** A meter with its readings from every channel and the customers' fault notices, newest first. */
public record MeterReadings(Meter meter, List<Reading> readings, List<FaultNotice> faults) {
    /** The newest reading billing uses, if any. */
    public java.util.Optional<Reading> lastBilled() {
        return readings.stream().filter(reading -> reading.state().billed()).findFirst();
    }
}
