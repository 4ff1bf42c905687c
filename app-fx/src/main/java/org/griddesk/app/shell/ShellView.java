package org.griddesk.app.shell;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.griddesk.app.accounts.AccountsView;
import org.griddesk.app.accounts.AccountsViewModel;
import org.griddesk.app.admin.AdminScreenServices;
import org.griddesk.app.admin.AuditTrailView;
import org.griddesk.app.admin.DeadlineRulesViewModel;
import org.griddesk.app.admin.DeadlinesAdminView;
import org.griddesk.app.admin.DictionariesView;
import org.griddesk.app.admin.DictionariesViewModel;
import org.griddesk.app.admin.OrganisationSettingsView;
import org.griddesk.app.admin.OrganisationSettingsViewModel;
import org.griddesk.app.admin.ProductionCalendarViewModel;
import org.griddesk.app.admin.PortalTextsView;
import org.griddesk.app.admin.PortalTextsViewModel;
import org.griddesk.app.admin.AuditTrailViewModel;
import org.griddesk.app.admin.OperatorsView;
import org.griddesk.app.admin.OperatorsViewModel;
import org.griddesk.app.cases.CaseCardView;
import org.griddesk.app.outbox.OutboxView;
import org.griddesk.app.outbox.OutboxViewModel;
import org.griddesk.app.registrations.RegistrationsView;
import org.griddesk.app.registrations.RegistrationsViewModel;
import org.griddesk.app.accounts.LinkRequestsView;
import org.griddesk.app.accounts.LinkRequestsViewModel;
import org.griddesk.app.readings.FaultNoticesView;
import org.griddesk.app.readings.FaultNoticesViewModel;
import org.griddesk.app.readings.ReadingsView;
import org.griddesk.app.readings.ReadingsViewModel;
import org.griddesk.app.cases.CaseCardViewModel;
import org.griddesk.app.cases.CaseQueueView;
import org.griddesk.app.cases.QueueActionsViewModel;
import org.griddesk.app.reports.ReportsView;
import org.griddesk.app.reports.ReportsViewModel;
import org.griddesk.app.cases.CaseQueueViewModel;
import org.griddesk.app.cases.ShowCasesEvent;
import org.griddesk.app.cases.PortalArrivalsView;
import org.griddesk.app.cases.PortalArrivalsViewModel;
import org.griddesk.app.ui.Activatable;
import org.griddesk.app.ui.UiContext;
import org.griddesk.app.ui.View;
import org.griddesk.core.access.Operator;
import org.griddesk.core.access.Permission;
import org.griddesk.app.ui.Icons;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;

/** The logged-in window: a header with the operator, the queue tab and one tab per open case. */
public class ShellView implements View {
    private final BorderPane root = new BorderPane();
    private final TabPane tabs = new TabPane();
    private final Map<Long, Tab> openCases = new HashMap<>();
    private final Map<Tab, CaseCardViewModel> cardModels = new HashMap<>();
    private final CaseQueueViewModel queueModel;
    private final PortalArrivalsViewModel arrivals;
    private final UiContext ui;
    private final Workplace workplace;
    private final List<Activatable> pageModels = new ArrayList<>();
    private final Shortcuts shortcuts = new Shortcuts();
    private final Runnable stopShowingCases;

    public ShellView(UiContext ui, Workplace workplace, Runnable logOut) {
        this.ui = ui;
        this.workplace = workplace;
        root.setTop(header(ui.session().operator(), () -> closeAllCases(logOut),
                () -> ui.dialogs().showInfo("О программе", workplace.about().text())));
        tabs.setId("main-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.ALL_TABS);
        root.setCenter(tabs);
        defineShortcuts();
        shortcuts.install(root);

        queueModel = new CaseQueueViewModel(workplace.cases().cases(), workplace.queue().deadlines(),
                workplace.preferences(), ui, this::openCase);
        QueueActionsViewModel queueActions = new QueueActionsViewModel(workplace.queue().assignment(),
                workplace.queue().reports(), ui);
        Tab queue = new Tab("Документооборот", new CaseQueueView(queueModel, queueActions).root());
        queue.setId("queue-tab");
        queue.setClosable(false);
        tabs.getTabs().add(queue);
        arrivals = new PortalArrivalsViewModel(workplace.queue().arrivals(), ui, workplace.cases().clock());
        new PortalArrivalsView(arrivals, queue, this::openCase).install();
        RegistrationsViewModel registrations = new RegistrationsViewModel(workplace.registrations(), workplace.preferences(), ui);
        OutboxViewModel outbox = new OutboxViewModel(workplace.outbox(), ui, this::openCase);
        List<Activatable> pages = List.of(registrations, outbox);
        pages.forEach(Activatable::activate);
        pageModels.addAll(pages);
        tabs.getTabs().add(page("registrations-tab", "Регистрации", new RegistrationsView(registrations, ui.dialogs())));
        tabs.getTabs().addAll(retail());
        tabs.getTabs().add(page("outbox-tab", "Почта", new OutboxView(outbox)));
        if (ui.session().operator().may(Permission.EXPORT_REPORTS)) {
            tabs.getTabs().add(reports());
        }
        if (ui.session().operator().may(Permission.MANAGE_OPERATORS)) {
            tabs.getTabs().add(administration());
        }
        queueModel.activate();
        arrivals.activate();
        stopShowingCases = ui.events().subscribe(ShowCasesEvent.class, event -> tabs.getSelectionModel().select(queue));
    }

    /**
     * The energy-retail desk: personal accounts, the readings' acceptance queue, fault notices, the portal's link
     * requests.
     */
    private List<Tab> retail() {
        AccountsViewModel accounts = new AccountsViewModel(workplace.retail(), ui);
        ReadingsViewModel readings = new ReadingsViewModel(workplace.retail().readings(), ui);
        FaultNoticesViewModel faults = new FaultNoticesViewModel(workplace.retail().readings(), ui);
        LinkRequestsViewModel linkRequests = new LinkRequestsViewModel(workplace.retail().accounts(), ui);
        List<Activatable> pages = List.of(accounts, readings, faults, linkRequests);
        pages.forEach(Activatable::activate);
        pageModels.addAll(pages);
        return List.of(
                page("accounts-tab", "Лицевые счета",
                        new AccountsView(accounts, ui.dialogs(), workplace.retail().clock().getZone())),
                page("readings-tab", "Показания", new ReadingsView(readings, ui.dialogs())),
                page("faults-tab", "Неисправности", new FaultNoticesView(faults, ui.dialogs())),
                page("link-requests-tab", "Привязка счетов", new LinkRequestsView(linkRequests, ui.dialogs())));
    }

    private static Tab page(String id, String title, View view) {
        Tab tab = new Tab(title, view.root());
        tab.setId(id);
        tab.setClosable(false);
        return tab;
    }

    /** Opens the case in its own tab, or selects the tab if it is already open. */
    public void openCase(long caseId) {
        Tab existing = openCases.get(caseId);
        if (existing != null) {
            tabs.getSelectionModel().select(existing);
            return;
        }
        CaseCardViewModel model = new CaseCardViewModel(caseId, workplace.cases(), ui);
        Tab tab = new Tab();
        tab.setUserData(caseId);
        tab.textProperty().bind(model.tabTitleProperty());
        tab.setContent(new CaseCardView(model).root());
        tab.setOnClosed(event -> forget(caseId, tab));
        // The tab's cross asks first when the card has unsaved input; the tab goes only when the card allows it.
        tab.setOnCloseRequest(event -> {
            if (model.header().dirtyBinding().get()) {
                event.consume();
                model.close(() -> {
                    tabs.getTabs().remove(tab);
                    forget(caseId, tab);
                });
            }
        });
        openCases.put(caseId, tab);
        cardModels.put(tab, model);
        tabs.getTabs().add(tab);
        tabs.getSelectionModel().select(tab);
        model.activate();
    }

    private void defineShortcuts() {
        shortcuts.add("Shortcut+F", "Ctrl+F", "перейти к поиску в очереди обращений", this::focusQueueSearch)
                .add("F5", "F5", "обновить открытую вкладку", this::refreshSelected)
                .add("Shortcut+S", "Ctrl+S", "сохранить статус и номер в открытой карточке", this::saveSelectedCase)
                .add("Shortcut+W", "Ctrl+W или Esc", "закрыть карточку (спросит о несохранённом)", this::closeSelectedCase)
                .add("Esc", "Ctrl+W или Esc", "закрыть карточку (спросит о несохранённом)", this::closeSelectedCase)
                .add("Shortcut+Tab", "Ctrl+Tab", "следующая вкладка", () -> tabs.getSelectionModel().selectNext())
                .add("Shortcut+Shift+Tab", "Ctrl+Shift+Tab", "предыдущая вкладка", () -> tabs.getSelectionModel().selectPrevious());
        for (int digit = 1; digit <= 9; digit++) {
            int index = digit - 1;
            shortcuts.add("Alt+" + digit, "Alt+1 … Alt+9", "перейти на вкладку с этим номером",
                    () -> tabs.getSelectionModel().select(Math.min(index, tabs.getTabs().size() - 1)));
        }
        shortcuts.add("F1", "F1", "эта справка", () -> ui.dialogs().showInfo("Горячие клавиши", shortcuts.help()));
    }

    private void focusQueueSearch() {
        tabs.getSelectionModel().selectFirst();
        javafx.scene.Node search = root.lookup("#queue-search");
        if (search != null) {
            search.requestFocus();
        }
    }

    private void refreshSelected() {
        CaseCardViewModel card = cardModels.get(tabs.getSelectionModel().getSelectedItem());
        if (card != null) {
            card.reload();
        } else {
            queueModel.reload();
        }
    }

    private void saveSelectedCase() {
        CaseCardViewModel card = cardModels.get(tabs.getSelectionModel().getSelectedItem());
        if (card != null && card.canEdit() && card.header().dirtyBinding().get()) {
            card.header().save();
        }
    }

    /** Only for administrators; the services refuse everyone else anyway. */
    /** «Отчёты»: supervisors and administrators only (the service refuses anyone else as well). */
    private Tab reports() {
        ReportsViewModel model = new ReportsViewModel(workplace.reports(), ui);
        model.activate();
        pageModels.add(model);
        Tab tab = new Tab("Отчёты", new ReportsView(model).root());
        tab.setId("reports-tab");
        tab.setClosable(false);
        return tab;
    }

    private Tab administration() {
        AdminScreenServices admin = workplace.administration();
        Tab operators = new Tab("Пользователи",
                new OperatorsView(new OperatorsViewModel(admin.operators(), ui), ui.dialogs()).root());
        Tab audit = new Tab("Журнал аудита", new AuditTrailView(new AuditTrailViewModel(admin.audit(), admin.csv(), ui)).root());
        DictionariesViewModel dictionaries = new DictionariesViewModel(admin.dictionaries(), ui);
        OrganisationSettingsViewModel settings = new OrganisationSettingsViewModel(admin.settings(), ui);
        PortalTextsViewModel texts = new PortalTextsViewModel(admin.settings(), ui);
        DeadlineRulesViewModel deadlineRules = new DeadlineRulesViewModel(admin.deadlines(), ui);
        ProductionCalendarViewModel calendar = new ProductionCalendarViewModel(admin.deadlines(), ui);
        List<Activatable> adminPages = List.of(dictionaries, settings, texts, deadlineRules, calendar);
        adminPages.forEach(Activatable::activate);
        pageModels.addAll(adminPages);
        TabPane sections = new TabPane(operators, new Tab("Справочники", new DictionariesView(dictionaries).root()),
                new Tab("Сроки", new DeadlinesAdminView(deadlineRules, calendar).root()),
                new Tab("Данные и настройки", new OrganisationSettingsView(settings).root()),
                new Tab("Информация", new PortalTextsView(texts).root()), audit);
        sections.setId("admin-sections");
        sections.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Tab tab = new Tab("Администрирование", sections);
        tab.setId("admin-tab");
        tab.setClosable(false);
        return tab;
    }

    private void forget(long caseId, Tab tab) {
        CaseCardViewModel model = cardModels.remove(tab);
        if (model != null) {
            model.deactivate();
        }
        openCases.remove(caseId);
    }

    /** Ctrl+W, as in a browser: closes the case tab in front, asking first about unsaved input. */
    private void closeSelectedCase() {
        Tab selected = tabs.getSelectionModel().getSelectedItem();
        if (cardModels.containsKey(selected)) {
            // Back to the queue, where the clerk came from, rather than a neighbouring page.
            closeNext(new java.util.ArrayDeque<>(List.of(selected)), () -> tabs.getSelectionModel().selectFirst());
        }
    }

    public boolean hasUnsavedCases() {
        return cardModels.values().stream().anyMatch(card -> card.header().dirtyBinding().get());
    }

    /**
     * Closes every card, asking about each one with unsaved input as Ctrl+W does; {@code then} runs once all are
     * closed («Выйти», closing the window). «Отмена» on any card stops there and leaves the rest open.
     */
    public void closeAllCases(Runnable then) {
        java.util.Deque<Tab> open = new java.util.ArrayDeque<>(tabs.getTabs().stream().filter(cardModels::containsKey).toList());
        closeNext(open, then);
    }

    private void closeNext(java.util.Deque<Tab> open, Runnable then) {
        Tab tab = open.poll();
        if (tab == null) {
            then.run();
            return;
        }
        CaseCardViewModel model = cardModels.get(tab);
        if (model.header().dirtyBinding().get()) {
            tabs.getSelectionModel().select(tab);
        }
        model.close(() -> {
            tabs.getTabs().remove(tab);
            forget((Long) tab.getUserData(), tab);
            closeNext(open, then);
        });
    }

    /** Lets go of every listener before the window shows something else (log-out). */
    public void dispose() {
        shortcuts.uninstall();
        stopShowingCases.run();
        queueModel.deactivate();
        arrivals.deactivate();
        pageModels.forEach(Activatable::deactivate);
        pageModels.clear();
        cardModels.values().forEach(CaseCardViewModel::deactivate);
        cardModels.clear();
        openCases.clear();
    }

    private static Parent header(Operator operator, Runnable logOut, Runnable showAbout) {
        Label product = new Label("GridDesk");
        product.getStyleClass().add("header-title");
        Label who = new Label(operator.fullName() + " · " + operator.rolesTitle()
                + (operator.canSignForOrganisation() ? " · право подписи" : ""));
        who.setId("current-operator");
        who.getStyleClass().add("header-operator");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button about = Icons.button("О программе", MaterialDesignI.INFORMATION_OUTLINE);
        about.setId("about");
        about.setOnAction(event -> showAbout.run());
        Button exit = Icons.button("Выйти", MaterialDesignL.LOGOUT);
        exit.setId("log-out");
        exit.setOnAction(event -> logOut.run());
        HBox header = new HBox(12, product, spacer, who, about, exit);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(8, 12, 8, 12));
        header.getStyleClass().add("app-header");
        return header;
    }

    @Override
    public Parent root() {
        return root;
    }
}
