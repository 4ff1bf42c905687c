package org.griddesk.app.accounts;

import org.griddesk.app.ui.Activatable;
import org.griddesk.app.ui.DecisionQueue;
import org.griddesk.app.ui.UiContext;
import org.griddesk.core.accounts.AccountService;

/**
 * «Привязка счетов»: portal users' requests to see an account in their cabinet, oldest first. «Привязать» links it
 * once the service has checked the number and the owner (its refusal is shown, nothing changes); «Отказать…» answers
 * the user.
 */
public class LinkRequestsViewModel implements Activatable {
    /** AccountService refuses longer answers. */
    static final int MAX_ANSWER_LENGTH = 1000;

    private final AccountService accounts;
    private final DecisionQueue<LinkRequestRow> queue;

    public LinkRequestsViewModel(AccountService accounts, UiContext ui) {
        this.accounts = accounts;
        this.queue = new DecisionQueue<>(ui, "Загрузка заявок на привязку…", "Заявок", 1000,
                (operator, limit) -> accounts.pendingRequests(operator, limit).stream().map(LinkRequestRow::of).toList(),
                LinkRequestRow::id);
    }

    @Override
    public void activate() {
        queue.activate();
    }

    @Override
    public void deactivate() {
        queue.deactivate();
    }

    public DecisionQueue<LinkRequestRow> queue() {
        return queue;
    }

    /** «Привязать»: the account appears in the user's cabinet. */
    public void confirm() {
        queue.decide("Привязка лицевого счёта…", "Лицевой счёт не привязан",
                (operator, row) -> accounts.confirm(operator, row.id(), row.version()),
                (row, request) -> "Лицевой счёт № " + row.account() + " привязан к личному кабинету: " + row.user(), null);
    }

    /** «Отказать…»: {@code answer} is what the user reads in the cabinet. */
    public void refuse(String answer) {
        queue.decide("Отказ в привязке…", "Отказ не сохранён",
                (operator, row) -> accounts.refuse(operator, row.id(), row.version(), answer),
                (row, request) -> "В привязке счёта № " + row.account() + " отказано: " + row.user(), null);
    }

    /** The answer «Отказать…» offers: the seed's. */
    public String suggestedRefusal() {
        return AccountService.NOT_FOUND;
    }
}
