package org.griddesk.app.admin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
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
import org.griddesk.app.ui.ConnectionRestoredEvent;
import org.griddesk.app.ui.UiContext;
import org.griddesk.app.ui.UserMessages;
import org.griddesk.core.common.ConcurrentChangeException;
import org.griddesk.core.settings.OrganisationProfile;
import org.griddesk.core.settings.OrganisationSettingsService;

/**
 * "Данные и настройки": one text property per field, the profile as last loaded, and "Сохранить". A save over
 * another administrator's is refused: their data is shown, and the values that were not saved are listed.
 */
public class OrganisationSettingsViewModel implements Activatable {
    private final OrganisationSettingsService settings;
    private final UiContext ui;

    private final Map<ProfileField, StringProperty> fields = new EnumMap<>(ProfileField.class);
    private final ReadOnlyObjectWrapper<OrganisationProfile> loaded = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(false);
    private final BooleanBinding dirty;
    private Runnable unsubscribe = () -> { };

    public OrganisationSettingsViewModel(OrganisationSettingsService settings, UiContext ui) {
        this.settings = settings;
        this.ui = ui;
        List<Observable> dependencies = new ArrayList<>(List.of(loaded));
        for (ProfileField field : ProfileField.values()) {
            StringProperty property = new SimpleStringProperty("");
            fields.put(field, property);
            dependencies.add(property);
        }
        dirty = Bindings.createBooleanBinding(() -> loaded.get() != null && !changedFields(loaded.get()).isEmpty(),
                dependencies.toArray(Observable[]::new));
    }

    @Override
    public void activate() {
        // Back from a lost connection: fresh data, unless the administrator is in the middle of editing.
        unsubscribe = ui.events().subscribe(ConnectionRestoredEvent.class, event -> {
            if (!dirty.get()) {
                reload();
            }
        });
        reload();
    }

    @Override
    public void deactivate() {
        unsubscribe.run();
        unsubscribe = () -> { };
    }

    public void reload() {
        ui.executor().execute(BackgroundTask.of("Загрузка данных организации…", settings::profile)
                .onSuccess(this::fill)
                .onFailure(failure -> notice.set(UserMessages.describe(failure))));
    }

    /** "Сохранить". */
    public void save() {
        OrganisationProfile seen = loaded.get();
        if (seen == null) {
            return;
        }
        OrganisationProfile edited = edited(seen.version());
        List<ProfileField> changed = changedFields(seen);
        working.set(true);
        ui.executor().execute(BackgroundTask.of("Сохранение данных организации…",
                        () -> settings.saveProfile(ui.session().operator(), edited))
                .onSuccess(saved -> {
                    working.set(false);
                    fill(saved);
                    notice.set("Сохранено");
                })
                .onFailure(failure -> {
                    working.set(false);
                    if (failure instanceof ConcurrentChangeException) {
                        showConflict(edited, changed, failure);
                    } else {
                        ui.dialogs().showError("Данные не сохранены", UserMessages.describe(failure));
                    }
                }));
    }

    private void showConflict(OrganisationProfile edited, List<ProfileField> changed, Throwable failure) {
        ui.dialogs().showError("Данные изменены другим администратором", UserMessages.describe(failure));
        ui.executor().execute(BackgroundTask.of("Загрузка данных организации…", settings::profile)
                .onSuccess(fresh -> {
                    fill(fresh);
                    List<String> lost = changed.stream()
                            .map(field -> field.label() + " «" + field.valueOf(edited) + "»").toList();
                    notice.set("Не сохранено: " + String.join("; ", lost)
                            + ". Показаны данные, сохранённые другим администратором.");
                })
                .onFailure(problem -> notice.set(UserMessages.describe(problem))));
    }

    private void fill(OrganisationProfile profile) {
        loaded.set(profile);
        for (ProfileField field : ProfileField.values()) {
            fields.get(field).set(field.valueOf(profile));
        }
    }

    private OrganisationProfile edited(long version) {
        return new OrganisationProfile(text(ProfileField.NAME), text(ProfileField.ADDRESS), text(ProfileField.PHONE),
                text(ProfileField.EMAIL), text(ProfileField.SITE), text(ProfileField.NOTIFICATION_MAILBOX),
                text(ProfileField.APPLICATION_FORMS_URL), version);
    }

    private List<ProfileField> changedFields(OrganisationProfile against) {
        OrganisationProfile edited = edited(against.version());
        return Arrays.stream(ProfileField.values())
                .filter(field -> !Objects.equals(field.valueOf(edited), field.valueOf(against))).toList();
    }

    private String text(ProfileField field) {
        return Objects.toString(fields.get(field).get(), "");
    }

    public StringProperty field(ProfileField field) {
        return fields.get(field);
    }

    public ReadOnlyObjectProperty<OrganisationProfile> loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public BooleanBinding dirtyBinding() {
        return dirty;
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }
}
