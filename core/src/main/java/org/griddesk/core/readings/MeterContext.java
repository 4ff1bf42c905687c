package org.griddesk.core.readings;

/** A meter with what its readings' rules and letters need: the account, its branch's window and owner's contacts. */
public record MeterContext(Meter meter, String accountNumber, String branchName, ReadingWindow window,
                           String ownerName, String email) {
}
