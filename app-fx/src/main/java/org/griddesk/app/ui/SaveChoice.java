package org.griddesk.app.ui;

/** The answer to «Сохранить изменения?» before unsaved input would be lost. */
public enum SaveChoice {
    SAVE, DISCARD, CANCEL
}
