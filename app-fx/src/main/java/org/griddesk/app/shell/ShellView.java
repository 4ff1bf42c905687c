package org.griddesk.app.shell;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.griddesk.app.admin.AdminScreenServices;
import org.griddesk.app.admin.AuditTrailView;
import org.griddesk.app.admin.DictionariesView;
import org.griddesk.app.admin.DictionariesViewModel;
import org.griddesk.app.admin.OrganisationSettingsView;
import org.griddesk.app.admin.OrganisationSettingsViewModel;
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
import org.griddesk.app.cases.CaseCardViewModel;
import org.griddesk.app.cases.CaseQueueView;
import org.griddesk.app.cases.CaseQueueViewModel;
import org.griddesk.app.ui.Activatable;
import org.griddesk.app.ui.UiContext;
import org.griddesk.app.ui.View;
import org.griddesk.core.access.Operator;
import org.griddesk.core.access.Permission;

/** The logged-in window: a header with the operator, the queue tab and one tab per open case. */
public class ShellView implements View {
    private static final KeyCombination CLOSE_TAB = new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN);
    private final BorderPane root = new BorderPane();
    private final TabPane tabs = new TabPane();
    private final Map<Long, Tab> openCases = new HashMap<>();
    private final Map<Tab, CaseCardViewModel> cardModels = new HashMap<>();
    private final CaseQueueViewModel queueModel;
    private final UiContext ui;
    private final Workplace workplace;
    private final List<Activatable> pageModels = new ArrayList<>();

    public ShellView(UiContext ui, Workplace workplace, Runnable logOut) {
        this.ui = ui;
        this.workplace = workplace;
        root.setTop(header(ui.session().operator(), logOut));
        tabs.setId("main-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.ALL_TABS);
        root.setCenter(tabs);
        // On the scene, so Ctrl+W works wherever the focus is; removed when the shell leaves the window.
        root.sceneProperty().addListener((observable, oldScene, scene) -> {
            if (oldScene != null) {
                oldScene.getAccelerators().remove(CLOSE_TAB);
            }
            if (scene != null) {
                scene.getAccelerators().put(CLOSE_TAB, this::closeSelectedCase);
            }
        });

        queueModel = new CaseQueueViewModel(workplace.cases().cases(), ui, this::openCase);
        Tab queue = new Tab("Документооборот", new CaseQueueView(queueModel).root());
        queue.setId("queue-tab");
        queue.setClosable(false);
        tabs.getTabs().add(queue);
        RegistrationsViewModel registrations = new RegistrationsViewModel(workplace.registrations(), ui);
        OutboxViewModel outbox = new OutboxViewModel(workplace.outbox(), ui);
        List<Activatable> pages = List.of(registrations, outbox);
        pages.forEach(Activatable::activate);
        pageModels.addAll(pages);
        Tab registrationsTab = new Tab("Регистрации", new RegistrationsView(registrations, ui.dialogs()).root());
        registrationsTab.setId("registrations-tab");
        Tab outboxTab = new Tab("Почта", new OutboxView(outbox).root());
        outboxTab.setId("outbox-tab");
        for (Tab page : List.of(registrationsTab, outboxTab)) {
            page.setClosable(false);
            tabs.getTabs().add(page);
        }
        if (ui.session().operator().may(Permission.MANAGE_OPERATORS)) {
            tabs.getTabs().add(administration());
        }
        queueModel.activate();
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

    /** Only for administrators; the services refuse everyone else anyway. */
    private Tab administration() {
        AdminScreenServices admin = workplace.administration();
        Tab operators = new Tab("Пользователи",
                new OperatorsView(new OperatorsViewModel(admin.operators(), ui), ui.dialogs()).root());
        Tab audit = new Tab("Журнал аудита", new AuditTrailView(new AuditTrailViewModel(admin.audit(), admin.csv(), ui)).root());
        DictionariesViewModel dictionaries = new DictionariesViewModel(admin.dictionaries(), ui);
        OrganisationSettingsViewModel settings = new OrganisationSettingsViewModel(admin.settings(), ui);
        PortalTextsViewModel texts = new PortalTextsViewModel(admin.settings(), ui);
        List<Activatable> adminPages = List.of(dictionaries, settings, texts);
        adminPages.forEach(Activatable::activate);
        pageModels.addAll(adminPages);
        TabPane sections = new TabPane(operators, new Tab("Справочники", new DictionariesView(dictionaries).root()),
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
        CaseCardViewModel model = cardModels.get(selected);
        if (selected != null && selected.isClosable() && model != null) {
            model.close(() -> {
                tabs.getTabs().remove(selected);
                forget((Long) selected.getUserData(), selected);
                // Back to the queue, where the clerk came from, rather than a neighbouring page.
                tabs.getSelectionModel().selectFirst();
            });
        }
    }

    /** Lets go of every listener before the window shows something else (log-out). */
    public void dispose() {
        queueModel.deactivate();
        pageModels.forEach(Activatable::deactivate);
        pageModels.clear();
        cardModels.values().forEach(CaseCardViewModel::deactivate);
        cardModels.clear();
        openCases.clear();
    }

    private static Parent header(Operator operator, Runnable logOut) {
        Label product = new Label("GridDesk");
        product.getStyleClass().add("header-title");
        Label who = new Label(operator.fullName() + " · " + operator.rolesTitle()
                + (operator.canSignForOrganisation() ? " · право подписи" : ""));
        who.setId("current-operator");
        who.getStyleClass().add("header-operator");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button exit = new Button("Выйти");
        exit.setId("log-out");
        exit.setOnAction(event -> logOut.run());
        HBox header = new HBox(12, product, spacer, who, exit);
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
