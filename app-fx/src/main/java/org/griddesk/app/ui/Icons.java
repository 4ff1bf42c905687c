package org.griddesk.app.ui;

import javafx.scene.control.Button;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Buttons with an icon beside their word (Ikonli's Material Design font: vector glyphs, sharp at any scaling; the
 * theme colours them like the text).
 */
public final class Icons {
    private Icons() {
    }

    public static Button button(String text, Ikon icon) {
        return new Button(text, of(icon));
    }

    public static FontIcon of(Ikon icon) {
        return FontIcon.of(icon);
    }
}
