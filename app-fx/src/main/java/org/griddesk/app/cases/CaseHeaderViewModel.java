package org.griddesk.app.cases;

import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.griddesk.app.ui.BackgroundTask;
import org.griddesk.app.ui.UiContext;
import org.griddesk.app.ui.UserMessages;
import org.griddesk.core.cases.CaseCard;
import org.griddesk.core.cases.CaseService;
import org.griddesk.core.common.ConcurrentChangeException;

/**
 * The card's header: the status and registration number the clerk is typing, «Предложить», «Сохранить», and
 * what happens when someone else saved first (the newer data is shown, the clerk's values kept in the notice).
 */
public class CaseHeaderViewModel {
    private final CaseCardViewModel card;
    private final CaseService cases;
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty registrationNumber = new SimpleStringProperty("");
    private final ObservableList<String> statusOptions = FXCollections.observableArrayList();
    // Made once: a read-only wrapper listens to its list weakly, so a fresh one per call could be collected.
    private final ObservableList<String> statusOptionsView = FXCollections.unmodifiableObservableList(statusOptions);
    private final BooleanBinding dirty;

    CaseHeaderViewModel(CaseCardViewModel card, CaseService cases) {
        this.card = card;
        this.cases = cases;
        dirty = Bindings.createBooleanBinding(() -> differsFrom(card.cardProperty().get()),
                card.cardProperty(), status, registrationNumber);
    }

    void loadStatuses(UiContext ui) {
        ui.executor().execute(BackgroundTask.of("Загрузка справочника статусов…", cases::statusDictionary)
                .onSuccess(statusOptions::setAll));
    }

    /** Fills the number field with the next free number ("Предложить"), asking first when one is already there. */
    public void suggestRegistrationNumber() {
        String current = registrationNumber.get();
        if (current != null && !current.isBlank() && !card.ui().dialogs().confirm("Регистрационный номер",
                "У обращения уже указан номер «" + current.strip() + "». Заменить его следующим свободным номером?")) {
            return;
        }
        card.ui().executor().execute(BackgroundTask.of("Подбор номера…", cases::suggestRegistrationNumber)
                .onSuccess(registrationNumber::set));
    }

    /** "Сохранить". A case someone else saved first is refused: the newer data is shown, the clerk's kept in the notice. */
    public void save() {
        save(() -> { });
    }

    /** Saves, then runs {@code afterSaved} (closing the card); a refusal keeps the card open with its notice. */
    void save(Runnable afterSaved) {
        CaseCard seen = card.cardProperty().get();
        if (seen == null) {
            return;
        }
        String wantedStatus = status.get();
        String wantedNumber = registrationNumber.get();
        card.change("Сохранение обращения…",
                operator -> cases.saveStatusAndNumber(operator, seen.id(), seen.version(), wantedStatus, wantedNumber),
                saved -> {
                    card.show(saved, true);
                    card.notice("Сохранено");
                    afterSaved.run();
                },
                failure -> {
                    if (failure instanceof ConcurrentChangeException) {
                        card.ui().dialogs().showError("Обращение изменено другим пользователем", UserMessages.describe(failure));
                        card.reloadReplacing("Не сохранено: ваш статус «" + wantedStatus + "», номер «"
                                + Objects.toString(wantedNumber, "") + "». Показаны данные, сохранённые другим пользователем.");
                    } else {
                        card.ui().dialogs().showError("Обращение не сохранено", UserMessages.describe(failure));
                    }
                });
    }

    /**
     * A newer card arrived: what the clerk is typing stays unless the saved status or number changed under it,
     * or {@code replaceTyping} says the typed values are settled (saved, or lost to someone else's save).
     */
    void show(CaseCard previous, CaseCard fresh, boolean replaceTyping) {
        boolean keepTyping = !replaceTyping && previous != null && differsFrom(previous)
                && previous.status().equals(fresh.status())
                && Objects.equals(previous.registrationNumber(), fresh.registrationNumber());
        if (!keepTyping) {
            status.set(fresh.status());
            registrationNumber.set(Objects.toString(fresh.registrationNumber(), ""));
        }
    }

    private boolean differsFrom(CaseCard shown) {
        return shown != null && (!Objects.toString(status.get(), "").trim().equals(shown.status())
                || !Objects.equals(blankToNull(registrationNumber.get()), shown.registrationNumber()));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    public StringProperty statusProperty() {
        return status;
    }

    public StringProperty registrationNumberProperty() {
        return registrationNumber;
    }

    /** The typed status or number differs from the saved one. */
    public BooleanBinding dirtyBinding() {
        return dirty;
    }

    public ObservableList<String> statusOptions() {
        return statusOptionsView;
    }
}
