package org.griddesk.app.cases;

import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.griddesk.app.ui.UserMessages;
import org.griddesk.core.contracts.Contract;
import org.griddesk.core.contracts.ContractState;

/**
 * The card's contract, once both sides have signed the offer: its number and date, the stage of its execution (a
 * clerk changes it from the dictionary, which adds a status note the applicant is e-mailed), the planned completion,
 * and «Договор исполнен» when both closing acts are signed by both sides.
 */
public class CaseContractViewModel {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final CaseCardViewModel card;
    private final CaseScreenServices services;
    private final ReadOnlyBooleanWrapper present = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper stage = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper completion = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper closable = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper completed = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<String> stageOptions = FXCollections.observableArrayList();
    private final StringProperty chosenStage = new SimpleStringProperty("");
    private ContractState shown;

    CaseContractViewModel(CaseCardViewModel card, CaseScreenServices services) {
        this.card = card;
        this.services = services;
    }

    void show(ContractState state, List<String> stages) {
        shown = state;
        present.set(state != null);
        stageOptions.setAll(stages);
        if (state == null) {
            return;
        }
        Contract contract = state.contract();
        summary.set("Договор № " + contract.number() + " от " + DAY.format(contract.concludedOn()));
        stage.set(contract.stage());
        chosenStage.set(contract.stage());
        completed.set(contract.completed());
        closable.set(state.closable());
        completion.set(contract.completed() ? "Исполнен " + DAY.format(contract.completedOn())
                : (state.plannedCompletion() == null ? "Плановая дата исполнения не определена"
                : "Плановая дата исполнения: " + DAY.format(state.plannedCompletion()))
                + (state.actsToSign().isEmpty() ? "" : ". Для закрытия обе стороны подписывают: "
                + String.join(", ", state.actsToSign())));
    }

    /** «Изменить стадию». */
    public void changeStage() {
        String wanted = chosenStage.get();
        long version = shown.contract().version();
        card.change("Изменение стадии договора…", operator -> {
                    services.contracts().changeStage(operator, card.caseId(), version, wanted);
                    return services.cases().refresh(operator, card.caseId());
                },
                loaded -> {
                    card.show(loaded, false);
                    card.notice("Стадия договора: " + wanted + ". Письмо заявителю — в разделе «Почта»");
                },
                failure -> card.ui().dialogs().showError("Стадия не изменена", UserMessages.describe(failure)));
    }

    /** «Договор исполнен». */
    public void complete() {
        long version = shown.contract().version();
        if (!card.ui().dialogs().confirm("Договор исполнен", "Закрыть обращение как исполненное? Сроки по нему "
                + "остановятся, в рабочей очереди оно больше не появится, но найдётся поиском и в отчётах.")) {
            return;
        }
        card.change("Закрытие договора…", operator -> {
                    services.contracts().complete(operator, card.caseId(), version);
                    return services.cases().refresh(operator, card.caseId());
                },
                loaded -> {
                    card.show(loaded, false);
                    card.notice("Договор исполнен, обращение закрыто");
                },
                failure -> card.ui().dialogs().showError("Договор не закрыт", UserMessages.describe(failure)));
    }

    public ReadOnlyBooleanProperty presentProperty() {
        return present.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty completionProperty() {
        return completion.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty closableProperty() {
        return closable.getReadOnlyProperty();
    }

    public ObservableList<String> stageOptions() {
        return stageOptions;
    }

    public StringProperty chosenStageProperty() {
        return chosenStage;
    }

    /** A stage other than the contract's own is chosen, and the contract is still being executed. */
    public BooleanBinding stageChangeable() {
        return Bindings.createBooleanBinding(() -> !completed.get() && chosenStage.get() != null
                && !chosenStage.get().equals(stage.get()), chosenStage, stage, completed);
    }
}
