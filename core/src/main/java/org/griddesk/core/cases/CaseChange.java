package org.griddesk.core.cases;

import java.time.Instant;

/** One line of a case's history: who changed what, when, from what to what. */
public record CaseChange(Instant at, String operator, String what, String before, String after) {
}
