package org.griddesk.core.audit;

/**
 * The result of walking the whole chain: {@code firstBrokenSeq} is 0 when the chain is intact; {@code unsealed}
 * records were appended after the walk began and are not in the chain yet.
 */
public record AuditVerification(long recordsChecked, long firstBrokenSeq, String problem, long unsealed) {
    public AuditVerification(long recordsChecked, long firstBrokenSeq, String problem) {
        this(recordsChecked, firstBrokenSeq, problem, 0);
    }

    public boolean intact() {
        return firstBrokenSeq == 0;
    }

    AuditVerification withUnsealed(long count) {
        return new AuditVerification(recordsChecked, firstBrokenSeq, problem, count);
    }

    public String describe() {
        String result = intact()
                ? "Журнал аудита цел: проверено записей — " + recordsChecked
                : "Журнал аудита нарушен: запись №" + firstBrokenSeq + " — " + problem;
        return unsealed == 0 ? result : result + "; ещё не включены в цепочку (добавлены во время проверки): " + unsealed;
    }
}
