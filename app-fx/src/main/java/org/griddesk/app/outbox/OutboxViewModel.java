package org.griddesk.app.outbox;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.griddesk.app.ui.Activatable;
import org.griddesk.app.ui.BackgroundTask;
import org.griddesk.app.ui.LatestRequest;
import org.griddesk.app.ui.UiContext;
import org.griddesk.app.ui.UserMessages;
import org.griddesk.core.notifications.OutboxEntry;
import org.griddesk.core.notifications.OutboxService;
import org.griddesk.core.notifications.OutboxState;
import org.griddesk.core.access.Operator;
import org.griddesk.core.access.Permission;

/** "Почта": the outbox, newest first, filtered by state; a pending or failed message can be sent again. */
public class OutboxViewModel implements Activatable {
    static final String NO_MAIL_SERVER = "Письма ждут отправки: почтовый сервер не настроен "
            + "(GRIDDESK_MAIL_HOST — см. README). Письма уйдут, когда он будет указан.";
    static final int LIMIT = 500;
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private final OutboxService outbox;
    private final UiContext ui;
    private final ObjectProperty<OutboxState> state = new SimpleObjectProperty<>();
    private final ObjectProperty<OutboxEntry> selected = new SimpleObjectProperty<>();
    private final ObservableList<OutboxEntry> entries = FXCollections.observableArrayList();
    private final ObservableList<OutboxEntry> entriesView = FXCollections.unmodifiableObservableList(entries);
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final BooleanBinding canResend;
    private final LatestRequest loads;
    private boolean active;

    public OutboxViewModel(OutboxService outbox, UiContext ui) {
        this.outbox = outbox;
        this.ui = ui;
        this.loads = new LatestRequest(ui.executor());
        state.addListener(observable -> {
            if (active) {
                reload();
            }
        });
        canResend = Bindings.createBooleanBinding(() -> {
            Operator operator = ui.session().operator();
            return selected.get() != null && selected.get().state() != OutboxState.SENT
                    && operator != null && operator.may(Permission.EDIT_CASES);
        }, selected);
    }

    @Override
    public void activate() {
        active = true;
        reload();
    }

    @Override
    public void deactivate() {
        active = false;
    }

    /** «Обновить»; an older load still running is ignored when it ends. */
    public void reload() {
        reload(null);
    }

    /** {@code done} replaces the count in the notice, so the outcome of an action stays readable. */
    private void reload(String done) {
        OutboxState filter = state.get();
        Operator operator = ui.session().operator();
        loading.set(true);
        loads.run(BackgroundTask.of("Загрузка почты…", () -> outbox.list(operator, filter, LIMIT))
                .onSuccess(loaded -> {
                    loading.set(false);
                    entries.setAll(loaded);
                    notice.set(done != null ? done : loaded.size() >= LIMIT
                            ? "Показаны последние " + LIMIT + " писем" : "Писем: " + loaded.size());
                })
                .onFailure(failure -> {
                    loading.set(false);
                    notice.set(UserMessages.describe(failure));
                }));
    }

    /** «Отправить повторно»: back to the queue with a fresh count of attempts; the worker sends it soon. */
    public void resend() {
        OutboxEntry entry = selected.get();
        if (entry == null || !canResend.get()) {
            return;
        }
        Operator operator = ui.session().operator();
        ui.executor().execute(BackgroundTask.of("Повторная отправка…", () -> {
                    outbox.resend(operator, entry.id());
                    return entry;
                })
                .onSuccess(done -> reload("Письмо для " + done.to() + " поставлено в очередь на отправку"))
                .onFailure(failure -> ui.dialogs().showError("Письмо не отправлено", UserMessages.describe(failure))));
    }

    public static String time(java.time.Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    public ObjectProperty<OutboxState> stateProperty() {
        return state;
    }

    public ObjectProperty<OutboxEntry> selectedProperty() {
        return selected;
    }

    /** The selected letter whole: to whom, when, in what state, and its text. */
    public void read() {
        OutboxEntry entry = selected.get();
        if (entry != null) {
            ui.dialogs().showInfo(entry.subject(), "Кому: " + entry.to() + "\nСоздано: " + time(entry.createdAt())
                    + "\nСостояние: " + entry.state().title()
                    + (entry.lastError() == null ? "" : "\nПоследняя ошибка: " + entry.lastError())
                    + "\n\n" + entry.body());
        }
    }

    /** Whether letters leave at all: without a mail server the screen says so over the list. */
    public boolean deliveryConfigured() {
        return outbox.deliveryConfigured();
    }

    public ObservableList<OutboxEntry> entries() {
        return entriesView;
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public BooleanBinding canResendProperty() {
        return canResend;
    }
}
