package org.griddesk.app.admin;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.griddesk.app.ui.BackgroundTask;
import org.griddesk.app.ui.UiContext;
import org.griddesk.app.ui.UserMessages;
import org.griddesk.core.common.ValidationException;
import org.griddesk.core.access.Operator;
import org.griddesk.core.operators.OperatorAdministration;
import org.griddesk.core.operators.OperatorListing;

/** "Пользователи": list, create, change roles and rights, disable, reset a password. */
public class OperatorsViewModel {
    private static final java.time.format.DateTimeFormatter LOCKED_UNTIL = java.time.format.DateTimeFormatter
            .ofPattern("HH:mm").withZone(java.time.ZoneId.systemDefault());
    private final OperatorAdministration administration;
    private final UiContext ui;
    private final ObservableList<OperatorListing> operators = FXCollections.observableArrayList();
    private final ObservableList<OperatorListing> operatorsView = FXCollections.unmodifiableObservableList(operators);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    public OperatorsViewModel(OperatorAdministration administration, UiContext ui) {
        this.administration = administration;
        this.ui = ui;
    }

    public void load() {
        ui.executor().execute(BackgroundTask.of("Загрузка пользователей…", () -> administration.list(ui.session().operator()))
                .onSuccess(operators::setAll)
                .onFailure(failure -> ui.dialogs().showError("Пользователи не загружены", UserMessages.describe(failure))));
    }

    /** {@code refused} gets the form back with the reason, so the dialog can open again with what was typed. */
    public void create(OperatorForm form, java.util.function.BiConsumer<OperatorForm, String> refused) {
        ui.executor().execute(BackgroundTask.of("Создание пользователя…", () -> administration.create(ui.session().operator(),
                        form.login(), form.fullName(), form.roles(), form.canSign()))
                .onSuccess(oneTime -> {
                    ui.dialogs().showInfo("Пользователь создан", "Учётная запись «" + form.login().trim()
                            + "» создана. Одноразовый пароль: " + oneTime + "\nПередайте его пользователю: при первом входе "
                            + "пароль нужно сменить.");
                    status.set("Создан пользователь " + form.login().trim());
                    load();
                })
                .onFailure(failure -> refused.accept(form, UserMessages.describe(failure))));
    }

    /**
     * Saves against the version the list showed: another administrator's newer save is not overwritten. A form the
     * rules refuse goes to {@code refused} with the reason, to be shown again; any other failure reloads the list.
     */
    public void update(OperatorListing listed, OperatorForm form, java.util.function.BiConsumer<OperatorForm, String> refused) {
        Operator actor = ui.session().operator();
        ui.executor().execute(BackgroundTask.of("Сохранение пользователя…", () -> administration.update(actor,
                        listed.operator().id(), listed.version(), form.fullName(), form.roles(), form.canSign(),
                        form.enabled()))
                .onSuccess(saved -> {
                    status.set("Сохранено: " + saved.login());
                    load();
                })
                .onFailure(failure -> {
                    if (failure instanceof ValidationException) {
                        refused.accept(form, UserMessages.describe(failure));
                        return;
                    }
                    ui.dialogs().showError("Изменения не сохранены", UserMessages.describe(failure));
                    load();
                }));
    }

    /** «Разблокировать»: lets an operator locked after wrong passwords in before the 15 minutes are over. */
    public void unlock(OperatorListing listed) {
        Operator actor = ui.session().operator();
        ui.executor().execute(BackgroundTask.of("Снятие блокировки…", () -> {
                    administration.unlock(actor, listed.operator().id());
                    return listed.operator().login();
                })
                .onSuccess(login -> {
                    status.set("Блокировка входа снята: " + login);
                    load();
                })
                .onFailure(failure -> ui.dialogs().showError("Блокировка не снята", UserMessages.describe(failure))));
    }

    /** «заблокирован до 14:32» for an account locked after wrong passwords, or empty. */
    public static String lockText(OperatorListing listed, java.time.Instant now) {
        return listed.lockedAt(now) ? "заблокирован до " + LOCKED_UNTIL.format(listed.lockedUntil()) : "";
    }

    public void resetPassword(OperatorListing listed) {
        Operator operator = listed.operator();
        if (!ui.dialogs().confirm("Сброс пароля", "Сбросить пароль пользователя «" + operator.login()
                + "»? Текущий пароль перестанет действовать.")) {
            return;
        }
        ui.executor().execute(BackgroundTask.of("Сброс пароля…", () -> administration.resetPassword(ui.session().operator(),
                        operator.id()))
                .onSuccess(oneTime -> ui.dialogs().showInfo("Пароль сброшен", "Новый одноразовый пароль пользователя «"
                        + operator.login() + "»: " + oneTime + "\nПри входе его нужно сменить."))
                .onFailure(failure -> ui.dialogs().showError("Пароль не сброшен", UserMessages.describe(failure))));
    }

    public ObservableList<OperatorListing> operators() {
        return operatorsView;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
