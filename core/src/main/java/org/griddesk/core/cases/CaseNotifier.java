package org.griddesk.core.cases;

/**
 * Port: tells the applicant what happened to their case. Called inside the change's own transaction, so a
 * notification is queued exactly when the change is saved.
 */
public interface CaseNotifier {
    void statusChanged(CaseCard card, String before, String after);

    void organisationMessageAdded(CaseCard card);

    void organisationDocumentAdded(CaseCard card, DocumentItem document);

    /** The organisation signed a two-sided document: it now waits for the applicant's signature. */
    void signatureAwaited(CaseCard card, DocumentItem document);

    /** «Добавить статус»: a note on the progress of the case (a contract's stage among them). */
    void statusNoteAdded(CaseCard card, String note);

    /** The applicant's counter-signature was accepted: the document is signed by both sides. */
    void signedByBoth(CaseCard card, DocumentItem document);

    /** For tests and tools that don't mail anyone. */
    CaseNotifier NONE = new CaseNotifier() {
        @Override
        public void statusChanged(CaseCard card, String before, String after) {
        }

        @Override
        public void organisationMessageAdded(CaseCard card) {
        }

        @Override
        public void organisationDocumentAdded(CaseCard card, DocumentItem document) {
        }

        @Override
        public void signatureAwaited(CaseCard card, DocumentItem document) {
        }

        @Override
        public void statusNoteAdded(CaseCard card, String note) {
        }

        @Override
        public void signedByBoth(CaseCard card, DocumentItem document) {
        }
    };
}
