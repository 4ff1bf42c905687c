package org.griddesk.app.outbox;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.LongConsumer;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Duration;
import org.griddesk.app.ui.Activatable;
import org.griddesk.app.ui.BackgroundTask;
import org.griddesk.app.ui.LatestRequest;
import org.griddesk.app.ui.UiContext;
import org.griddesk.app.ui.UserMessages;
import org.griddesk.core.notifications.OutboxEntry;
import org.griddesk.core.notifications.OutboxFilter;
import org.griddesk.core.notifications.OutboxService;
import org.griddesk.core.notifications.OutboxState;
import org.griddesk.core.access.Operator;
import org.griddesk.core.access.Permission;

/**
 * "Почта": the outbox, newest first, filtered by state, words of the recipient or subject and a period; a letter
 * opens to be read, its case opens in a card, a pending or failed one can be sent again.
 */
public class OutboxViewModel implements Activatable {
    static final String NO_MAIL_SERVER = "Письма ждут отправки: почтовый сервер не настроен "
            + "(GRIDDESK_MAIL_HOST — см. README). Письма уйдут, когда он будет указан.";
    static final int LIMIT = 500;
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private final OutboxService outbox;
    private final UiContext ui;
    private final ObjectProperty<OutboxState> state = new SimpleObjectProperty<>();
    private final StringProperty searchText = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final PauseTransition searchPause = new PauseTransition(Duration.millis(300));
    private final ObjectProperty<OutboxEntry> selected = new SimpleObjectProperty<>();
    private final ObservableList<OutboxEntry> entries = FXCollections.observableArrayList();
    private final ObservableList<OutboxEntry> entriesView = FXCollections.unmodifiableObservableList(entries);
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final BooleanBinding canResend;
    private final BooleanBinding hasCase;
    private final LongConsumer openCase;
    private final LatestRequest loads;
    private boolean active;

    /** {@code openCase} opens a case card (the shell's tabs). */
    public OutboxViewModel(OutboxService outbox, UiContext ui, LongConsumer openCase) {
        this.outbox = outbox;
        this.ui = ui;
        this.openCase = openCase;
        this.loads = new LatestRequest(ui.executor());
        state.addListener(observable -> reloadIfActive());
        from.addListener(observable -> reloadIfActive());
        to.addListener(observable -> reloadIfActive());
        // Typing is searched once it pauses, not at every letter.
        searchPause.setOnFinished(event -> reloadIfActive());
        searchText.addListener(observable -> searchPause.playFromStart());
        hasCase = Bindings.createBooleanBinding(() -> selected.get() != null && selected.get().caseId() != null, selected);
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
        searchPause.stop();
    }

    private void reloadIfActive() {
        if (active) {
            reload();
        }
    }

    /** «Обновить»; an older load still running is ignored when it ends. */
    public void reload() {
        reload(null);
    }

    /** {@code done} replaces the count in the notice, so the outcome of an action stays readable. */
    private void reload(String done) {
        searchPause.stop();
        OutboxFilter filter = new OutboxFilter(state.get(), searchText.get(), from.get(), to.get());
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

    /** Words of the recipient or the subject; the list follows once typing pauses. */
    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    /** «Открыть обращение»: the case the selected letter is about. */
    public void openSelectedCase() {
        OutboxEntry entry = selected.get();
        if (entry != null && entry.caseId() != null) {
            openCase.accept(entry.caseId());
        }
    }

    public BooleanBinding hasCaseProperty() {
        return hasCase;
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
