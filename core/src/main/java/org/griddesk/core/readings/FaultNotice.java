package org.griddesk.core.readings;

import java.time.Instant;

/** «Уведомить о неисправности» (§2.7, §2.9): what the customer wrote of a meter, and the clerk's answer once given. */
public record FaultNotice(long id, long version, long meterId, Instant submittedAt, String description, FaultState state,
                          String answer, String answeredBy) {
}
