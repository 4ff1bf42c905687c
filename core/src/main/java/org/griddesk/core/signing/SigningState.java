package org.griddesk.core.signing;

/** Where a document needing two-sided signature stands (DESIGN.md, "Two-sided signature"). */
public enum SigningState {
    AWAITING_ORGANISATION, AWAITING_APPLICANT, SIGNED
}
