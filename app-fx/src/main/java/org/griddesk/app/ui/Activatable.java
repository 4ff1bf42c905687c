package org.griddesk.app.ui;

/**
 * A view model that listens to something longer-lived than itself (the event bus, the session)
 * subscribes in {@link #activate()} and lets go in {@link #deactivate()}, so closed views never leak.
 */
public interface Activatable {
    void activate();

    void deactivate();
}
