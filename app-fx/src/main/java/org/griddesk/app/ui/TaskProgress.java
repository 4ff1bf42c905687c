package org.griddesk.app.ui;

/** What running work sees of its task: where to report progress, and whether it was cancelled. */
public interface TaskProgress {
    /** {@code done} of {@code total} steps; the window's progress bar follows it. */
    void update(long done, long total);

    boolean cancelled();
}
