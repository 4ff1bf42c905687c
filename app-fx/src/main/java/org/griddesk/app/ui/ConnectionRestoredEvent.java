package org.griddesk.app.ui;

/** The shared database answers again after an outage: views reload what they show. */
public record ConnectionRestoredEvent() {
}
