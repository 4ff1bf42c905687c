package org.griddesk.core.testing;

import java.util.ArrayList;
import java.util.List;
import org.griddesk.core.cases.CaseCard;
import org.griddesk.core.cases.CaseNotifier;
import org.griddesk.core.cases.DocumentItem;

/** Remembers what the applicant would have been told, one line per notification. */
public class RecordingNotifier implements CaseNotifier {
    private final List<String> sent = new ArrayList<>();

    @Override
    public void statusChanged(CaseCard card, String before, String after) {
        sent.add("status " + before + " -> " + after);
    }

    @Override
    public void organisationMessageAdded(CaseCard card) {
        sent.add("message");
    }

    @Override
    public void organisationDocumentAdded(CaseCard card, DocumentItem document) {
        sent.add("document " + document.documentName());
    }

    @Override
    public void signatureAwaited(CaseCard card, DocumentItem document) {
        sent.add("awaits signature " + document.documentName());
    }

    @Override
    public void statusNoteAdded(CaseCard card, String note) {
        sent.add("status note " + note);
    }

    @Override
    public void signedByBoth(CaseCard card, DocumentItem document) {
        sent.add("signed by both " + document.documentName());
    }

    public List<String> sent() {
        return List.copyOf(sent);
    }
}
