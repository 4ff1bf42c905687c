package org.griddesk.app.accounts;

import java.time.ZoneId;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.control.TextField;
import org.griddesk.app.ui.DialogService;
import org.griddesk.app.ui.Icons;
import org.griddesk.app.ui.TextColumns;
import org.griddesk.app.ui.View;
import org.griddesk.core.accounts.AccountRow;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

/** «Лицевые счета»: the search box, what it found, and the selected account's card; it only binds. */
public final class AccountsView implements View {
    private final AccountsViewModel model;
    private final BorderPane root = new BorderPane();

    public AccountsView(AccountsViewModel model, DialogService dialogs, ZoneId zone) {
        this.model = model;
        root.getStyleClass().add("accounts");
        root.setTop(searchBar());
        AccountCardView card = new AccountCardView(model, dialogs, zone);
        model.cardProperty().addListener((observable, old, shown) -> card.show(shown));
        SplitPane split = new SplitPane(results(), card.root());
        split.setDividerPositions(0.38);
        root.setCenter(split);
    }

    private Parent searchBar() {
        TextField search = new TextField();
        search.setId("accounts-search");
        search.setPromptText("Номер лицевого счёта, ФИО владельца, адрес, телефон или e-mail");
        search.textProperty().bindBidirectional(model.searchTextProperty());
        search.setOnAction(event -> model.search());
        HBox.setHgrow(search, Priority.ALWAYS);
        Button find = Icons.button("Найти", MaterialDesignM.MAGNIFY);
        find.setId("accounts-find");
        find.setDefaultButton(false);
        find.setOnAction(event -> model.search());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(18, 18);
        progress.visibleProperty().bind(model.loadingProperty());
        Label total = new Label();
        total.setId("accounts-total");
        total.textProperty().bind(model.totalTextProperty());
        HBox bar = new HBox(8, search, find, progress, total);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("queue-filter-bar");
        return bar;
    }

    private Parent results() {
        TableView<AccountRow> table = new TableView<>(model.rows());
        table.setId("accounts-table");
        table.getColumns().addAll(
                TextColumns.of("Лицевой счёт", AccountRow::number, 110),
                TextColumns.of("Владелец", AccountRow::ownerName, 200),
                TextColumns.of("Адрес объекта", AccountRow::address, 240),
                TextColumns.of("Филиал", AccountRow::branchName, 140),
                TextColumns.of("Баланс", row -> row.balance().label() + " " + row.balance().amount(), 200));
        Label placeholder = new Label();
        placeholder.textProperty().bind(Bindings.when(model.loadingProperty()).then(AccountsViewModel.SEARCHING)
                .otherwise("Введите номер лицевого счёта, фамилию, адрес, телефон или e-mail и нажмите «Найти»"));
        placeholder.setWrapText(true);
        table.setPlaceholder(placeholder);
        table.getSelectionModel().selectedItemProperty().addListener((observable, old, row) -> {
            if (row != null) {
                model.select(row.id());
            }
        });
        Label error = new Label();
        error.setId("accounts-error");
        error.getStyleClass().add("error-text");
        error.textProperty().bind(model.errorTextProperty());
        error.visibleProperty().bind(model.errorTextProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        VBox box = new VBox(error, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }

    @Override
    public Parent root() {
        return root;
    }
}
