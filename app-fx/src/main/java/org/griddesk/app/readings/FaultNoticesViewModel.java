package org.griddesk.app.readings;

import org.griddesk.app.ui.Activatable;
import org.griddesk.app.ui.DecisionQueue;
import org.griddesk.app.ui.UiContext;
import org.griddesk.core.readings.ReadingService;

/** «Неисправности»: customers' notices of a faulty meter (§2.9), oldest first; the clerk answers the owner. */
public class FaultNoticesViewModel implements Activatable {
    /** ReadingService refuses longer answers. */
    static final int MAX_ANSWER_LENGTH = 1000;

    private final ReadingService readings;
    private final DecisionQueue<FaultNoticeRow> queue;

    public FaultNoticesViewModel(ReadingService readings, UiContext ui) {
        this.readings = readings;
        this.queue = new DecisionQueue<>(ui, "Загрузка уведомлений о неисправности…", "Ожидают ответа", 1000,
                (operator, limit) -> readings.pendingFaults(operator, limit).stream().map(FaultNoticeRow::of).toList(),
                FaultNoticeRow::id);
    }

    @Override
    public void activate() {
        queue.activate();
    }

    @Override
    public void deactivate() {
        queue.deactivate();
    }

    public DecisionQueue<FaultNoticeRow> queue() {
        return queue;
    }

    /** «Ответить…»: the answer is kept with the notice and e-mailed to the account's owner. */
    public void answer(String text) {
        queue.decide("Отправка ответа…", "Ответ не отправлен",
                (operator, row) -> readings.answerFault(operator, row.id(), row.version(), text),
                (row, notice) -> "Ответ на уведомление по счёту № " + row.account() + " отправлен владельцу", null);
    }
}
