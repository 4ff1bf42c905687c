package org.griddesk.app.ui;

import javafx.scene.Parent;

/** A screen or a part of one; it only shows and binds its view model's properties. */
public interface View {
    Parent root();
}
