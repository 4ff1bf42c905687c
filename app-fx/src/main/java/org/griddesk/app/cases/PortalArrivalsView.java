package org.griddesk.app.cases;

import java.util.List;
import java.util.function.LongConsumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.griddesk.core.portal.PortalArrival;

/**
 * The portal's arrivals on the window: the queue's tab counts them («Документооборот (+2)») until the clerk selects
 * it, and a notification in the corner tells of them — one at a time, so that a busy portal does not bury the window:
 * what arrives while one shows is only counted. A single arrival's notification opens its case, several the queue.
 */
public final class PortalArrivalsView {
    static final String TITLE = "Документооборот";
    private static final Duration SHOWN_FOR = Duration.seconds(8);

    private final PortalArrivalsViewModel model;
    private final Tab queueTab;
    private final LongConsumer openCase;
    private long shownUntilMillis;

    public PortalArrivalsView(PortalArrivalsViewModel model, Tab queueTab, LongConsumer openCase) {
        this.model = model;
        this.queueTab = queueTab;
        this.openCase = openCase;
    }

    public void install() {
        queueTab.textProperty().bind(Bindings.createStringBinding(() -> model.unseenProperty().get() == 0 ? TITLE
                : TITLE + " (+" + model.unseenProperty().get() + ")", model.unseenProperty()));
        queueTab.selectedProperty().addListener((property, was, selected) -> {
            if (selected) {
                model.seen();
            }
        });
        model.setOnArrivals(this::notify);
    }

    private void notify(List<PortalArrival> arrivals) {
        if (queueTab.isSelected()) {
            model.seen();
        }
        TabPane tabs = queueTab.getTabPane();
        if (tabs == null || tabs.getScene() == null || tabs.getScene().getWindow() == null
                || System.currentTimeMillis() < shownUntilMillis) {
            return;
        }
        shownUntilMillis = System.currentTimeMillis() + (long) SHOWN_FOR.toMillis();
        Runnable open = arrivals.size() == 1 ? () -> openCase.accept(arrivals.getFirst().caseId())
                : () -> tabs.getSelectionModel().select(queueTab);
        Notifications.create().owner(tabs.getScene().getWindow()).title("Поступило с портала")
                .text(PortalArrival.summarize(arrivals) + "\nНажмите, чтобы открыть").position(Pos.BOTTOM_RIGHT)
                .hideAfter(SHOWN_FOR).onAction(event -> open.run()).showInformation();
    }
}
