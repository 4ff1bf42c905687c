package org.griddesk.core.portal;

import java.time.Instant;

/**
 * The applicant activated the account of a registration GridDesk has taken in as {@code registrationId} (null: the
 * registration was refused).
 */
public record PortalActivation(long id, Long registrationId, Instant emailConfirmedAt, Instant activatedAt) {
}
