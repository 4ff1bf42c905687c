package org.griddesk.core.accounts;

/** One account in the search's list. */
public record AccountRow(long id, String branchName, String number, String ownerName, String address, Balance balance) {
}
