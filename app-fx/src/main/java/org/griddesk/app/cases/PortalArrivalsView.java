package org.griddesk.app.cases;

import java.util.function.LongConsumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Tab;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.griddesk.core.portal.PortalArrival;

/**
 * The portal's arrivals on the window: the queue's tab counts them («Документооборот (+2)») until the clerk selects
 * it, and each shows a notification in the corner that opens its case when clicked.
 */
public final class PortalArrivalsView {
    static final String TITLE = "Документооборот";
    private static final Duration SHOWN_FOR = Duration.seconds(8);

    private final PortalArrivalsViewModel model;
    private final Tab queueTab;
    private final LongConsumer openCase;

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
        model.setOnArrival(this::notify);
    }

    private void notify(PortalArrival arrival) {
        if (queueTab.isSelected()) {
            model.seen();
        }
        if (queueTab.getTabPane() == null || queueTab.getTabPane().getScene() == null
                || queueTab.getTabPane().getScene().getWindow() == null) {
            return;
        }
        Notifications.create().owner(queueTab.getTabPane().getScene().getWindow()).title("Поступило с портала")
                .text(arrival.describe() + "\nНажмите, чтобы открыть").position(Pos.BOTTOM_RIGHT).hideAfter(SHOWN_FOR)
                .onAction(event -> openCase.accept(arrival.caseId())).showInformation();
    }
}
