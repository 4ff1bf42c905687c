package org.griddesk.app.admin;

import javafx.scene.Parent;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.griddesk.app.ui.View;

/** «Сроки»: the rule table and the production calendar it counts working days by, side by side as two tabs. */
public class DeadlinesAdminView implements View {
    private final TabPane root = new TabPane();

    public DeadlinesAdminView(DeadlineRulesViewModel rules, ProductionCalendarViewModel calendar) {
        Tab rulesTab = new Tab("Правила сроков", new DeadlineRulesView(rules).root());
        rulesTab.setId("deadline-rules-tab");
        Tab calendarTab = new Tab("Производственный календарь", new ProductionCalendarView(calendar).root());
        calendarTab.setId("production-calendar-tab");
        root.getTabs().setAll(rulesTab, calendarTab);
        root.setId("deadline-sections");
        root.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
    }

    @Override
    public Parent root() {
        return root;
    }
}
