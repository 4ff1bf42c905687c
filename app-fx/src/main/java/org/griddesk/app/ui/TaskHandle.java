package org.griddesk.app.ui;

/** A task that was started: cancelling it drops its result; work that watches {@link TaskProgress} stops early. */
public interface TaskHandle {
    void cancel();

    boolean cancelled();
}
