package org.griddesk.app.admin;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.griddesk.app.ui.BackgroundTask;
import org.griddesk.app.ui.UiContext;
import org.griddesk.app.ui.UserMessages;
import org.griddesk.core.access.Operator;
import org.griddesk.core.operators.OperatorAdministration;

/** "Пользователи": list, create, change roles and rights, disable, reset a password. */
public class OperatorsViewModel {
    private final OperatorAdministration administration;
    private final UiContext ui;
    private final ObservableList<Operator> operators = FXCollections.observableArrayList();
    private final ObservableList<Operator> operatorsView = FXCollections.unmodifiableObservableList(operators);
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

    public void create(OperatorForm form) {
        ui.executor().execute(BackgroundTask.of("Создание пользователя…", () -> administration.create(ui.session().operator(),
                        form.login(), form.fullName(), form.roles(), form.canSign()))
                .onSuccess(oneTime -> {
                    ui.dialogs().showInfo("Пользователь создан", "Учётная запись «" + form.login().trim()
                            + "» создана. Одноразовый пароль: " + oneTime + "\nПередайте его пользователю: при первом входе "
                            + "пароль нужно сменить.");
                    status.set("Создан пользователь " + form.login().trim());
                    load();
                })
                .onFailure(failure -> ui.dialogs().showError("Пользователь не создан", UserMessages.describe(failure))));
    }

    public void update(Operator operator, OperatorForm form) {
        ui.executor().execute(BackgroundTask.of("Сохранение пользователя…", () -> administration.update(ui.session().operator(),
                        operator.id(), form.fullName(), form.roles(), form.canSign(), form.enabled()))
                .onSuccess(saved -> {
                    status.set("Сохранено: " + saved.login());
                    load();
                })
                .onFailure(failure -> ui.dialogs().showError("Изменения не сохранены", UserMessages.describe(failure))));
    }

    public void resetPassword(Operator operator) {
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

    public ObservableList<Operator> operators() {
        return operatorsView;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
