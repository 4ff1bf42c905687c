package org.griddesk.app.admin;

import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.web.HTMLEditor;
import org.griddesk.app.ui.RussianHtmlEditor;
import javafx.scene.web.WebView;
import org.griddesk.app.ui.View;
import org.griddesk.core.settings.PortalPage;
import org.griddesk.app.ui.Icons;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;

/**
 * "Информация": one tab per portal page with an HTML editor and, below it, the preview of what the portal will
 * show after sanitising. The editor has no text property, so its HTML is handed to the model before each action.
 */
public class PortalTextsView implements View {
    private final PortalTextsViewModel model;
    private final BorderPane root = new BorderPane();

    public PortalTextsView(PortalTextsViewModel model) {
        this.model = model;
        TabPane tabs = new TabPane();
        tabs.setId("portal-pages");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        for (PortalPage page : PortalPage.values()) {
            Tab tab = new Tab(page.title(), page(page));
            tab.setId("portal-tab-" + id(page));
            tabs.getTabs().add(tab);
        }
        Label notice = new Label();
        notice.setId("portal-notice");
        notice.getStyleClass().add("case-notice");
        notice.setWrapText(true);
        notice.textProperty().bind(model.noticeProperty());
        Label hint = new Label("Изменению доступна информация на странице авторизации и регистрации, на первой странице "
                + "личного кабинета «Информация», на странице личного кабинета «Помощь».");
        hint.setWrapText(true);
        VBox top = new VBox(6, hint, notice);
        top.setPadding(new Insets(8, 12, 8, 12));
        root.setTop(top);
        root.setCenter(tabs);
        root.getStyleClass().add("admin-page");
    }

    private Parent page(PortalPage page) {
        HTMLEditor editor = RussianHtmlEditor.create();
        editor.setId("portal-editor-" + id(page));
        editor.setPrefHeight(320);
        // A draft the model sets (loaded, saved, reverted) goes into the editor; the editor's own HTML differs in wrapping.
        model.draftProperty(page).addListener((observable, old, draft) -> {
            if (!draft.equals(editor.getHtmlText())) {
                editor.setHtmlText(draft);
            }
        });
        editor.setHtmlText(model.draftProperty(page).get());

        WebView preview = new WebView();
        preview.setId("portal-preview-" + id(page));
        preview.setContextMenuEnabled(false);
        // Only sanitised HTML reaches the preview, and it runs no scripts.
        preview.getEngine().setJavaScriptEnabled(false);
        model.previewProperty(page).addListener((observable, old, html) -> preview.getEngine().loadContent(document(html)));
        preview.getEngine().loadContent(document(model.previewProperty(page).get()));

        Button show = Icons.button("Предпросмотр", MaterialDesignF.FILE_EYE);
        show.setId("portal-preview-button-" + id(page));
        show.setOnAction(event -> {
            take(page, editor);
            model.preview(page);
        });
        Button save = Icons.button("Сохранить", MaterialDesignC.CONTENT_SAVE);
        save.setId("portal-save-" + id(page));
        save.disableProperty().bind(model.workingProperty().or(model.storedProperty(page).isNull()));
        save.setOnAction(event -> {
            take(page, editor);
            model.save(page);
        });
        Button revert = Icons.button("Отменить изменения", MaterialDesignU.UNDO);
        revert.setId("portal-revert-" + id(page));
        revert.disableProperty().bind(model.storedProperty(page).isNull());
        revert.setOnAction(event -> {
            take(page, editor);
            model.revert(page);
        });
        HBox buttons = new HBox(8, show, save, revert);
        buttons.setAlignment(Pos.CENTER_LEFT);
        buttons.setPadding(new Insets(6, 0, 6, 0));

        Label previewTitle = new Label("Предпросмотр: так текст увидят пользователи личного кабинета");
        previewTitle.getStyleClass().add("section-title");
        VBox lower = new VBox(4, previewTitle, preview);
        SplitPane split = new SplitPane(new VBox(editor, buttons), lower);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.55);
        split.setPadding(new Insets(8));
        return split;
    }

    private void take(PortalPage page, HTMLEditor editor) {
        model.draftProperty(page).set(editor.getHtmlText());
    }

    private static String document(String html) {
        return "<html><head><meta charset=\"utf-8\"><style>body{font-family:sans-serif;font-size:14px;margin:8px;}"
                + "</style></head><body>" + (html == null ? "" : html) + "</body></html>";
    }

    private static String id(PortalPage page) {
        return page.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public Parent root() {
        return root;
    }
}
