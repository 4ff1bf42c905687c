package org.griddesk.app.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.griddesk.app.ui.Activatable;
import org.griddesk.app.ui.BackgroundTask;
import org.griddesk.app.ui.ConnectionRestoredEvent;
import org.griddesk.app.ui.DialogService;
import org.griddesk.app.ui.UiContext;
import org.griddesk.app.ui.UserMessages;
import org.griddesk.core.access.Operator;
import org.griddesk.core.common.ConcurrentChangeException;
import org.griddesk.core.common.ValidationException;
import org.griddesk.core.deadlines.DeadlineAdministration;
import org.griddesk.core.deadlines.DeadlineRule;
import org.griddesk.core.deadlines.TermUnit;

/**
 * «Сроки» → «Правила сроков»: the rule table as stored and the change of one rule. A refused change comes back
 * with what was typed so that the dialog can open again; a rule another administrator changed meanwhile is
 * reloaded first, so that the next attempt goes against the rule as it now is.
 */
public class DeadlineRulesViewModel implements Activatable {
    /** What the rule dialog collected. */
    public record RuleEdit(int term, TermUnit unit, String source, boolean toConfirm) {
    }

    /** Where a refused edit goes: the rule to edit again (fresh when it was stale), what was typed, and why. */
    @FunctionalInterface
    public interface Refusal {
        void again(DeadlineRule rule, RuleEdit typed, String reason);
    }

    private final DeadlineAdministration deadlines;
    private final UiContext ui;
    private final ObservableList<DeadlineRule> rules = FXCollections.observableArrayList();
    // Made once: a read-only wrapper listens to its list weakly, so a fresh one per call could be collected.
    private final ObservableList<DeadlineRule> rulesView = FXCollections.unmodifiableObservableList(rules);
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(false);
    private Runnable unsubscribe = () -> { };

    public DeadlineRulesViewModel(DeadlineAdministration deadlines, UiContext ui) {
        this.deadlines = deadlines;
        this.ui = ui;
    }

    @Override
    public void activate() {
        unsubscribe = ui.events().subscribe(ConnectionRestoredEvent.class, event -> reload());
        reload();
    }

    @Override
    public void deactivate() {
        unsubscribe.run();
        unsubscribe = () -> { };
    }

    public void reload() {
        load(loaded -> { });
    }

    /** Saves against the version the table showed: another administrator's newer save is never overwritten. */
    public void update(DeadlineRule seen, RuleEdit typed, Refusal refused) {
        Operator actor = operator();
        working.set(true);
        ui.executor().execute(BackgroundTask.of("Сохранение правила сроков…", () -> deadlines.updateRule(actor, seen,
                        typed.term(), typed.unit(), typed.source(), typed.toConfirm()))
                .onSuccess(saved -> {
                    working.set(false);
                    rules.setAll(saved);
                    notice.set("Сохранено: " + DeadlineAdministration.describe(seen) + " — " + typed.term() + " "
                            + typed.unit().title());
                })
                .onFailure(failure -> {
                    working.set(false);
                    String reason = UserMessages.describe(failure);
                    if (failure instanceof ValidationException) {
                        refused.again(seen, typed, reason);
                    } else if (failure instanceof ConcurrentChangeException) {
                        load(fresh -> fresh.stream().filter(rule -> rule.id() == seen.id()).findFirst().ifPresent(
                                current -> refused.again(current, typed, reason + " Сейчас сохранено: "
                                        + current.termText() + ".")));
                    } else {
                        ui.dialogs().showError("Правило не сохранено", reason);
                        reload();
                    }
                }));
    }

    private void load(Consumer<List<DeadlineRule>> then) {
        Operator actor = operator();
        ui.executor().execute(BackgroundTask.of("Загрузка правил сроков…", () -> deadlines.rules(actor))
                .onSuccess(loaded -> {
                    rules.setAll(loaded);
                    then.accept(loaded);
                })
                .onFailure(failure -> notice.set(UserMessages.describe(failure))));
    }

    /** «свыше 15 до 150 кВт включительно, до 20 кВ»; «любая» for a rule that narrows nothing. */
    public static String category(DeadlineRule rule) {
        List<String> parts = new ArrayList<>();
        if (rule.applicantType() != null) {
            parts.add(rule.applicantType().title());
        }
        if (rule.band() != null) {
            parts.add(rule.band().title());
        }
        if (rule.voltageUpToKv() != null) {
            parts.add("до " + rule.voltageUpToKv().stripTrailingZeros().toPlainString() + " кВ");
        }
        if (rule.temporary() != null) {
            parts.add(rule.temporary() ? "временное присоединение" : "постоянное присоединение");
        }
        return parts.isEmpty() ? "любая" : String.join(", ", parts);
    }

    public static String toConfirmText(DeadlineRule rule) {
        return rule.toConfirm() ? "да" : "";
    }

    private Operator operator() {
        return ui.session().operator();
    }

    public DialogService dialogs() {
        return ui.dialogs();
    }

    public ObservableList<DeadlineRule> rules() {
        return rulesView;
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }
}
