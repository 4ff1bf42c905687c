package org.griddesk.app.cases;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.griddesk.app.ui.Activatable;
import org.griddesk.app.ui.BackgroundTask;
import org.griddesk.app.ui.ConnectionRestoredEvent;
import org.griddesk.app.ui.LatestRequest;
import org.griddesk.app.ui.UiContext;
import org.griddesk.app.ui.UserMessages;
import org.griddesk.core.cases.CaseCard;
import org.griddesk.core.access.Operator;
import org.griddesk.core.access.Permission;
import org.griddesk.core.contracts.ContractState;
import org.griddesk.core.signing.SigningProgress;

/**
 * One open case: loads it, and hands what it shows to its parts — the header (status, number, save), the
 * timeline and history, and the signatures. The opening is audited once; reloads after changes are not, and a
 * reload that finishes after a newer one is dropped. Every database or file step runs in the background.
 */
public class CaseCardViewModel implements Activatable {
    /** A card with what its timeline needs to be drawn: the signatures' progress and the organisation's name. */
    record Loaded(CaseCard card, Map<Long, SigningProgress> signing, String organisationName, ContractState contract,
                  List<String> contractStages) {
    }

    /** Work on the case as the logged-in operator. */
    interface CaseWork<T> {
        T run(Operator operator) throws Exception;
    }

    private final long caseId;
    private final CaseScreenServices services;
    private final UiContext ui;
    private final LatestRequest loads;
    private final ReadOnlyObjectWrapper<CaseCard> card = new ReadOnlyObjectWrapper<>();
    static final String READ_ONLY = "Только просмотр: у вашей роли нет права изменять обращения (статус, номер, "
            + "документы и сообщения). Его даёт администратор.";
    private final ReadOnlyStringWrapper tabTitle = new ReadOnlyStringWrapper("Обращение…");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(false);
    private final CaseHeaderViewModel header;
    private final CaseTimelineViewModel timeline;
    private final CaseSignaturesViewModel signatures;
    private final CaseContractViewModel contract;
    private boolean opened;
    // Set while this card announces its own change: it already shows the changed card and need not read it again.
    private boolean publishing;
    private Runnable unsubscribe = () -> { };

    public CaseCardViewModel(long caseId, CaseScreenServices services, UiContext ui) {
        this.caseId = caseId;
        this.services = services;
        this.ui = ui;
        this.loads = new LatestRequest(ui.executor());
        this.header = new CaseHeaderViewModel(this, services.cases());
        this.timeline = new CaseTimelineViewModel(this, services.cases(), services.dictionaries());
        this.signatures = new CaseSignaturesViewModel(this, services);
        this.contract = new CaseContractViewModel(this, services);
    }

    @Override
    public void activate() {
        Runnable changes = ui.events().subscribe(CaseChangedEvent.class, event -> {
            if (event.caseId() == caseId && !publishing) {
                reload();
            }
        });
        Runnable reconnects = ui.events().subscribe(ConnectionRestoredEvent.class, event -> {
            reload();
            loadDictionaries();
        });
        unsubscribe = () -> {
            changes.run();
            reconnects.run();
        };
        reload();
        loadDictionaries();
    }

    @Override
    public void deactivate() {
        unsubscribe.run();
        unsubscribe = () -> { };
        loads.cancel();
    }

    /**
     * Closing the card (Ctrl+W, the tab's cross): with an unsaved status or number it asks «Сохранить изменения?»;
     * {@code closeTab} runs once the card may go (after a successful save, or when the clerk gives the input up).
     */
    public void close(Runnable closeTab) {
        if (!header.dirtyBinding().get()) {
            closeTab.run();
            return;
        }
        switch (ui.dialogs().askToSave("Сохранить изменения?", "В обращении «" + tabTitle.get() + "» изменены статус или "
                + "регистрационный номер, и они не сохранены. Сохранить изменения?")) {
            case SAVE -> header.save(closeTab);
            case DISCARD -> closeTab.run();
            case CANCEL -> { }
        }
    }

    /** Reads the case again; the first successful read is the audited opening. */
    public void reload() {
        boolean first = !opened;
        Operator operator = operator();
        loads.run(BackgroundTask.of("Загрузка обращения…", () -> {
                    CaseCard fresh = first ? services.cases().open(operator, caseId) : services.cases().refresh(operator, caseId);
                    return withSignatures(operator, fresh);
                })
                .onSuccess(loaded -> {
                    opened = true;
                    show(loaded, false);
                })
                .onFailure(failure -> notice.set(UserMessages.describe(failure))));
    }

    private void loadDictionaries() {
        header.loadStatuses(ui);
        timeline.loadDocumentNames(ui);
    }

    private Loaded withSignatures(Operator operator, CaseCard fresh) {
        ContractState contract = services.contracts().contract(operator, caseId).orElse(null);
        return new Loaded(fresh, services.signing().progress(operator, caseId), services.signing().organisationName(),
                contract, contract == null ? List.of() : services.contracts().stages());
    }

    /**
     * Runs a change that returns the changed card; {@code then} shows it (its signatures are read in the same
     * background step) and every other view of this case is told; {@code otherwise} handles a refusal.
     */
    void change(String title, CaseWork<CaseCard> work, Consumer<Loaded> then, Consumer<Throwable> otherwise) {
        working.set(true);
        loads.cancel();
        Operator operator = operator();
        ui.executor().execute(BackgroundTask.of(title, () -> withSignatures(operator, work.run(operator)))
                .onSuccess(loaded -> {
                    working.set(false);
                    then.accept(loaded);
                    tellOthers();
                })
                .onFailure(failure -> {
                    working.set(false);
                    otherwise.accept(failure);
                }));
    }

    /** The queue and other windows learn of the change; the event bus delivers at once, on this thread. */
    private void tellOthers() {
        publishing = true;
        try {
            ui.events().publish(new CaseChangedEvent(caseId));
        } finally {
            publishing = false;
        }
    }

    void change(String title, CaseWork<CaseCard> work) {
        change(title, work, loaded -> show(loaded, false),
                failure -> ui.dialogs().showError("Изменение не выполнено", UserMessages.describe(failure)));
    }

    /** After a refused save: the newer data replaces what was typed, and {@code explanation} says what was lost. */
    void reloadReplacing(String explanation) {
        Operator operator = operator();
        loads.run(BackgroundTask.of("Загрузка обращения…", () -> withSignatures(operator,
                        services.cases().refresh(operator, caseId)))
                .onSuccess(loaded -> {
                    show(loaded, true);
                    notice.set(explanation);
                })
                .onFailure(failure -> notice.set(UserMessages.describe(failure))));
    }

    /** {@code replaceTyping}: the clerk's own save or a conflict — the typed status and number give way. */
    void show(Loaded loaded, boolean replaceTyping) {
        CaseCard fresh = loaded.card();
        header.show(card.get(), fresh, replaceTyping);
        card.set(fresh);
        tabTitle.set(fresh.registrationNumber() == null ? "Обращение без номера" : "№ " + fresh.registrationNumber());
        signatures.show(loaded.signing(), loaded.organisationName());
        contract.show(loaded.contract(), loaded.contractStages());
        timeline.show(fresh);
    }

    Operator operator() {
        return ui.session().operator();
    }

    public UiContext ui() {
        return ui;
    }

    void notice(String text) {
        notice.set(text);
    }

    /** How reports and file names name this case: «№ ТП-1563», or by its id while it has no number. */
    String caseLabel() {
        CaseCard shown = card.get();
        return shown == null || shown.registrationNumber() == null ? "обращение " + caseId : "№ " + shown.registrationNumber();
    }

    long caseId() {
        return caseId;
    }

    public CaseHeaderViewModel header() {
        return header;
    }

    public CaseTimelineViewModel timeline() {
        return timeline;
    }

    public CaseContractViewModel contract() {
        return contract;
    }

    public CaseSignaturesViewModel signatures() {
        return signatures;
    }

    public ReadOnlyObjectProperty<CaseCard> cardProperty() {
        return card.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty tabTitleProperty() {
        return tabTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    public boolean canEdit() {
        return operator().may(Permission.EDIT_CASES);
    }
}
