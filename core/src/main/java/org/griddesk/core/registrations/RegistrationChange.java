package org.griddesk.core.registrations;

import java.time.Instant;

/** One line of a registration's history: who did what, when, and the state before and after. */
public record RegistrationChange(Instant at, String actor, String what, String before, String after) {
}
