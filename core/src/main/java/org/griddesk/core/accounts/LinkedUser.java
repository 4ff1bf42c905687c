package org.griddesk.core.accounts;

import java.time.Instant;

/** A portal user the account is shown to. */
public record LinkedUser(long applicantId, String name, String email, Instant linkedAt) {
}
