package org.griddesk.core.audit;

/** The result of walking the whole chain: {@code firstBrokenSeq} is 0 when the chain is intact. */
public record AuditVerification(long recordsChecked, long firstBrokenSeq, String problem) {
    public boolean intact() {
        return firstBrokenSeq == 0;
    }

    public String describe() {
        return intact()
                ? "Журнал аудита цел: проверено записей — " + recordsChecked
                : "Журнал аудита нарушен: запись №" + firstBrokenSeq + " — " + problem;
    }
}
