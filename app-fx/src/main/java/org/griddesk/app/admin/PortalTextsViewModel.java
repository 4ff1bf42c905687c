package org.griddesk.app.admin;

import java.util.EnumMap;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.griddesk.app.ui.Activatable;
import org.griddesk.app.ui.BackgroundTask;
import org.griddesk.app.ui.UiContext;
import org.griddesk.app.ui.UserMessages;
import org.griddesk.core.common.ConcurrentChangeException;
import org.griddesk.core.settings.OrganisationSettingsService;
import org.griddesk.core.settings.PortalPage;
import org.griddesk.core.settings.PortalText;

/**
 * "Информация": per portal page, the editor's draft, the text as stored and a preview of what the portal will show.
 * The view writes the editor's HTML into the draft before every action and puts a draft the model sets back into
 * the editor. When another administrator saved first, their text is previewed and the draft kept, so nothing
 * typed is lost and nothing is overwritten without a second, deliberate "Сохранить".
 */
public class PortalTextsViewModel implements Activatable {
    private final OrganisationSettingsService settings;
    private final UiContext ui;

    private final Map<PortalPage, StringProperty> drafts = new EnumMap<>(PortalPage.class);
    private final Map<PortalPage, ReadOnlyObjectWrapper<PortalText>> stored = new EnumMap<>(PortalPage.class);
    private final Map<PortalPage, ReadOnlyStringWrapper> previews = new EnumMap<>(PortalPage.class);
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(false);

    public PortalTextsViewModel(OrganisationSettingsService settings, UiContext ui) {
        this.settings = settings;
        this.ui = ui;
        for (PortalPage page : PortalPage.values()) {
            drafts.put(page, new SimpleStringProperty(""));
            stored.put(page, new ReadOnlyObjectWrapper<>());
            previews.put(page, new ReadOnlyStringWrapper(""));
        }
    }

    @Override
    public void activate() {
        reload();
    }

    @Override
    public void deactivate() {
        // Listens to nothing longer-lived than itself: texts are reloaded only when asked for.
    }

    /** Every page as stored; drafts are replaced. */
    public void reload() {
        ui.executor().execute(BackgroundTask.of("Загрузка текстов портала…", settings::portalTexts)
                .onSuccess(texts -> texts.all().forEach(text -> {
                    showStored(text);
                    drafts.get(text.page()).set(text.html());
                }))
                .onFailure(failure -> notice.set(UserMessages.describe(failure))));
    }

    /** "Предпросмотр": the draft as it would be stored and shown, scripts and the like removed. */
    public void preview(PortalPage page) {
        String draft = drafts.get(page).get();
        ui.executor().execute(BackgroundTask.of("Подготовка предпросмотра…", () -> settings.preview(draft).html())
                .onSuccess(previews.get(page)::set));
    }

    /** "Сохранить": the draft, sanitised, over the version last loaded. */
    public void save(PortalPage page) {
        PortalText seen = stored.get(page).get();
        if (seen == null) {
            return;
        }
        String draft = drafts.get(page).get();
        working.set(true);
        ui.executor().execute(BackgroundTask.of("Сохранение текста…",
                        () -> settings.savePortalText(ui.session().operator(), page, draft, seen.version()))
                .onSuccess(saved -> {
                    working.set(false);
                    showStored(saved);
                    drafts.get(page).set(saved.html());
                    notice.set("Сохранено: " + page.title());
                })
                .onFailure(failure -> {
                    working.set(false);
                    if (failure instanceof ConcurrentChangeException) {
                        showConflict(page, failure);
                    } else {
                        ui.dialogs().showError("Текст не сохранён", UserMessages.describe(failure));
                    }
                }));
    }

    /** "Отменить изменения": back to the text as stored. */
    public void revert(PortalPage page) {
        PortalText text = stored.get(page).get();
        if (text != null) {
            drafts.get(page).set(text.html());
            previews.get(page).set(text.html());
        }
    }

    private void showConflict(PortalPage page, Throwable failure) {
        ui.dialogs().showError("Текст изменён другим администратором", UserMessages.describe(failure));
        ui.executor().execute(BackgroundTask.of("Загрузка текстов портала…", () -> settings.portalTexts().get(page))
                .onSuccess(fresh -> {
                    showStored(fresh);
                    notice.set("Не сохранено: " + page.title() + ". В предпросмотре — текст, сохранённый другим "
                            + "администратором, в редакторе — ваш. «Сохранить» заменит его вашим, "
                            + "«Отменить изменения» покажет его в редакторе.");
                })
                .onFailure(problem -> notice.set(UserMessages.describe(problem))));
    }

    private void showStored(PortalText text) {
        stored.get(text.page()).set(text);
        previews.get(text.page()).set(text.html());
    }

    public StringProperty draftProperty(PortalPage page) {
        return drafts.get(page);
    }

    public ReadOnlyObjectProperty<PortalText> storedProperty(PortalPage page) {
        return stored.get(page).getReadOnlyProperty();
    }

    public ReadOnlyStringProperty previewProperty(PortalPage page) {
        return previews.get(page).getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }
}
