package org.griddesk.core.readings;

/** Port: letters to the account's owner about their reading, queued inside the decision's transaction. */
public interface ReadingNotifier {
    void rejected(MeterContext meter, String reading, String reason);

    void corrected(MeterContext meter, String reading, String reason);

    void faultAnswered(MeterContext meter, String answer);

    /** For rules tested without mail. */
    ReadingNotifier NONE = new ReadingNotifier() {
        @Override
        public void rejected(MeterContext meter, String reading, String reason) {
        }

        @Override
        public void corrected(MeterContext meter, String reading, String reason) {
        }

        @Override
        public void faultAnswered(MeterContext meter, String answer) {
        }
    };
}
