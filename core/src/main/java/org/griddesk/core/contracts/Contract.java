package org.griddesk.core.contracts;

import java.time.LocalDate;

/**
 * The grid-connection contract of an application, concluded when both sides have signed its offer: its number, the
 * date of the second signature, the stage of its execution and, once the closing acts are signed, when it was done.
 */
public record Contract(long caseId, long version, String number, LocalDate concludedOn, long offerDocumentId,
                       String stage, LocalDate completedOn) {

    public boolean completed() {
        return completedOn != null;
    }
}
