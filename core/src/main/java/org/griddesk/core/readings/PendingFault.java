package org.griddesk.core.readings;

/** A fault notice waiting for an answer, with its meter, account and owner. */
public record PendingFault(FaultNotice notice, MeterContext meter) {
}
