package org.griddesk.core.deadlines;

import java.math.BigDecimal;

/** The requested maximum capacity bands by which Decree 861 sets its terms. */
public enum CapacityBand {
    UP_TO_15("до 15 кВт включительно"),
    FROM_15_TO_150("свыше 15 до 150 кВт включительно"),
    FROM_150_TO_670("свыше 150 кВт и менее 670 кВт"),
    FROM_670("670 кВт и более");

    private static final BigDecimal FIFTEEN = BigDecimal.valueOf(15);
    private static final BigDecimal HUNDRED_FIFTY = BigDecimal.valueOf(150);
    private static final BigDecimal SIX_HUNDRED_SEVENTY = BigDecimal.valueOf(670);

    private final String title;

    CapacityBand(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    public static CapacityBand of(BigDecimal kilowatts) {
        if (kilowatts.compareTo(FIFTEEN) <= 0) {
            return UP_TO_15;
        }
        if (kilowatts.compareTo(HUNDRED_FIFTY) <= 0) {
            return FROM_15_TO_150;
        }
        return kilowatts.compareTo(SIX_HUNDRED_SEVENTY) < 0 ? FROM_150_TO_670 : FROM_670;
    }
}
