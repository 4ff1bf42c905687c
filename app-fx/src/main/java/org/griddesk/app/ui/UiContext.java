package org.griddesk.app.ui;

/** What every view model of one window shares. */
public record UiContext(TaskExecutor executor, DialogService dialogs, EventBus events, Session session) {
}
