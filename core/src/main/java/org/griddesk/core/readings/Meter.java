package org.griddesk.core.readings;

import java.time.LocalDate;

/** «Прибор учёта» of an account, for one service and time-of-day zone; {@code digits}: whole digits on its dial. */
public record Meter(long id, long accountId, String service, String zone, String serialNumber, String model, int digits,
                    LocalDate installedOn, LocalDate nextVerification) {
}
