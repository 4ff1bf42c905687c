package org.griddesk.core.accounts;

import java.time.Instant;

/**
 * A portal user asks to see an account in their personal cabinet: the branch and number from the receipt and the
 * owner's name as proof; {@code eReceipt}: «Согласен на получение электронной квитанции».
 */
public record LinkRequest(long id, long version, long applicantId, String applicantName, RetailBranch branch,
                          String accountNumber, String ownerName, boolean eReceipt, Instant submittedAt,
                          LinkState state, String answer) {
}
