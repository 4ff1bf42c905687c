package org.griddesk.app.ui;

import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.animation.PauseTransition;
import javafx.util.Duration;
import org.griddesk.core.access.Operator;
import org.griddesk.core.preferences.PreferenceService;
import org.griddesk.core.preferences.TableLayout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One table's layout for the logged-in operator: loaded in the background, saved a moment after the last change
 * (dragging a column edge changes its width many times a second). Call on the FX thread.
 */
public final class RememberedLayout {
    private static final Logger LOG = LoggerFactory.getLogger(RememberedLayout.class);

    private final PreferenceService preferences;
    private final UiContext ui;
    private final String table;
    private final PauseTransition savePause = new PauseTransition(Duration.millis(800));
    private TableLayout current = TableLayout.defaults();
    private String saved = current.encode();
    // Until the saved layout is here, the table's first automatic widths are not the operator's choice.
    private boolean loaded;
    // Whose change it is: by the time a last change is flushed on logging out, the session may be empty.
    private Operator owner;

    public RememberedLayout(PreferenceService preferences, UiContext ui, String table) {
        this.preferences = preferences;
        this.ui = ui;
        this.table = table;
        savePause.setOnFinished(event -> save());
    }

    /** {@code then} gets the saved layout, or the defaults when there is none or it cannot be read. */
    public void load(Consumer<TableLayout> then) {
        Operator operator = ui.session().operator();
        ui.executor().execute(BackgroundTask.of("Загрузка настроек таблицы…", () -> preferences.tableLayout(operator, table))
                .onSuccess(layout -> {
                    current = layout;
                    saved = layout.encode();
                    loaded = true;
                    then.accept(layout);
                })
                .onFailure(failure -> {
                    LOG.warn("Cannot load the {} table layout; using the defaults", table, failure);
                    loaded = true;
                    then.accept(current);
                }));
    }

    public TableLayout current() {
        return current;
    }

    public void change(UnaryOperator<TableLayout> change) {
        if (!loaded) {
            return;
        }
        current = change.apply(current);
        owner = ui.session().operator();
        if (!current.encode().equals(saved)) {
            savePause.playFromStart();
        }
    }

    /** Now rather than later: the screen is going away. */
    public void flush() {
        if (savePause.getStatus() == javafx.animation.Animation.Status.RUNNING) {
            savePause.stop();
            save();
        }
    }

    private void save() {
        Operator operator = owner;
        TableLayout layout = current;
        if (operator == null || layout.encode().equals(saved)) {
            return;
        }
        saved = layout.encode();
        // A lost layout costs the operator a column drag, not work: it is logged, not shown.
        ui.executor().execute(BackgroundTask.of("Сохранение настроек таблицы…", () -> {
                    preferences.saveTableLayout(operator, table, layout);
                    return layout;
                })
                .onFailure(failure -> LOG.warn("Cannot save the {} table layout", table, failure)));
    }
}
