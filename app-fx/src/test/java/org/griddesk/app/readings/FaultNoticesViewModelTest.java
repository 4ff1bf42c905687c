package org.griddesk.app.readings;

import java.nio.file.Path;
import org.griddesk.app.testing.Fx;
import org.griddesk.app.testing.RecordingDialogService;
import org.griddesk.app.testing.TestGridDesk;
import org.griddesk.app.ui.EventBus;
import org.griddesk.app.ui.FxTaskExecutor;
import org.griddesk.app.ui.Session;
import org.griddesk.app.ui.UiContext;
import org.griddesk.core.readings.FaultState;
import org.griddesk.core.readings.ReadingService;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.griddesk.persistence.schema.Tables.METER_FAULT_NOTICE;

/** «Неисправности» against the real demo database, without a window. */
class FaultNoticesViewModelTest {
    @Test
    void anAnsweredNoticeLeavesAndOneAnsweredElsewhereIsToldAndReloaded(@TempDir Path home) {
        Fx.startToolkit();
        try (TestGridDesk grid = TestGridDesk.demo(home)) {
            RecordingDialogService dialogs = new RecordingDialogService();
            FxTaskExecutor executor = new FxTaskExecutor(dialogs::showError);
            Session session = new Session();
            session.logIn(grid.clerk());
            FaultNoticesViewModel model = Fx.call(() -> new FaultNoticesViewModel(grid.bean(ReadingService.class),
                    new UiContext(executor, dialogs, new EventBus(), session)));
            Fx.run(model::activate);
            Fx.waitUntil("notices loaded", () -> !model.queue().loadingProperty().get() && model.queue().rows().size() >= 2);
            int waiting = Fx.call(() -> model.queue().rows().size());
            FaultNoticeRow first = Fx.call(() -> model.queue().rows().getFirst());
            assertThat(first.description()).isNotBlank();

            Fx.run(() -> model.queue().selectedProperty().set(first));
            Fx.run(() -> model.answer("Замена прибора учёта 20 декабря"));
            Fx.waitUntil("answered", () -> model.queue().noticeProperty().get().contains(first.account())
                    && model.queue().rows().stream().noneMatch(row -> row.id() == first.id()));
            DSLContext dsl = grid.bean(DSLContext.class);
            assertThat(dsl.fetchValue(dsl.select(METER_FAULT_NOTICE.STATE).from(METER_FAULT_NOTICE)
                    .where(METER_FAULT_NOTICE.ID.eq(first.id())))).isEqualTo(FaultState.ANSWERED.name());

            FaultNoticeRow second = Fx.call(() -> model.queue().rows().getFirst());
            grid.bean(ReadingService.class).answerFault(grid.clerk(), second.id(), second.version(), "Ответил коллега");
            Fx.run(() -> model.queue().selectedProperty().set(second));
            Fx.run(() -> model.answer("Поздно"));
            Fx.waitUntil("told and reloaded", () -> !dialogs.errors().isEmpty() && !model.queue().loadingProperty().get()
                    && model.queue().rows().size() == waiting - 2);
            assertThat(dialogs.errors().getFirst()).contains("уже ответил другой сотрудник");
            Fx.run(model::deactivate);
            executor.close();
        }
    }
}
