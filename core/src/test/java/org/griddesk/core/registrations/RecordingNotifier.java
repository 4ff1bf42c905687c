package org.griddesk.core.registrations;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/** Writes down every notification and whether a transaction was open when it was queued. */
final class RecordingNotifier implements RegistrationNotifier {
    final List<String> sent = new ArrayList<>();
    private final BooleanSupplier inTransaction;

    RecordingNotifier(BooleanSupplier inTransaction) {
        this.inTransaction = inTransaction;
    }

    private void record(String line) {
        sent.add(line + (inTransaction.getAsBoolean() ? "" : " [вне транзакции]"));
    }

    @Override
    public void newRegistration(String applicantName, String applicantTypeTitle, java.time.Instant registeredAt) {
        record("new: " + applicantName + " / " + applicantTypeTitle + " / " + registeredAt);
    }

    @Override
    public void confirmed(String email, String applicantName) {
        record("confirmed: " + email + " / " + applicantName);
    }

    @Override
    public void rejected(String email, String applicantName, String reason) {
        record("rejected: " + email + " / " + applicantName + " / " + reason);
    }

    @Override
    public void correctionRequested(String email, String applicantName, String reason) {
        record("correction: " + email + " / " + applicantName + " / " + reason);
    }
}
