package org.griddesk.app.ui;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.griddesk.app.testing.Fx;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A superseded task has its work stopped (for queries: in the database), and only while it still runs. */
class FxTaskExecutorCancellationTest {
    @BeforeAll
    static void toolkit() {
        Fx.startToolkit();
    }

    @Test
    void cancellingARunningTaskStopsTheWorkOnItsThreadAndNothingAfterItEnded() throws Exception {
        List<Thread> stopped = new CopyOnWriteArrayList<>();
        CountDownLatch release = new CountDownLatch(1);
        AtomicReference<Thread> worker = new AtomicReference<>();
        List<String> results = new CopyOnWriteArrayList<>();
        try (FxTaskExecutor executor = new FxTaskExecutor(failure -> results.add("failure"))) {
            executor.stopCancelledWorkWith(thread -> () -> {
                stopped.add(thread);
                release.countDown(); // what a cancelled query does: the blocked call returns
            });
            TaskHandle running = Fx.call(() -> executor.execute(BackgroundTask.of("Поиск", () -> {
                worker.set(Thread.currentThread());
                release.await(30, TimeUnit.SECONDS);
                return "old";
            }).onSuccess(results::add)));
            await().atMost(Duration.ofSeconds(10)).until(() -> worker.get() != null);

            Fx.run(running::cancel);

            await().atMost(Duration.ofSeconds(10)).until(() -> stopped.size() == 1);
            assertThat(stopped).containsExactly(worker.get());
            TaskHandle finished = Fx.call(() -> executor.execute(BackgroundTask.of("Поиск", () -> "new")
                    .onSuccess(results::add)));
            await().atMost(Duration.ofSeconds(10)).until(() -> results.contains("new"));
            Fx.run(finished::cancel);
            assertThat(stopped).as("a finished task has nothing to stop").hasSize(1);
            assertThat(results).as("the cancelled task's result is dropped").containsExactly("new");
        }
    }

    @Test
    void aTaskCancelledBeforeItBeganNeitherRunsNorKeepsTheWindowBusy() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        List<String> ran = new CopyOnWriteArrayList<>();
        try (FxTaskExecutor executor = new FxTaskExecutor(failure -> ran.add("failure"))) {
            for (int i = 0; i < 3; i++) {
                Fx.call(() -> executor.execute(BackgroundTask.of("Занят", () -> release.await(30, TimeUnit.SECONDS))));
            }
            TaskHandle waiting = Fx.call(() -> executor.execute(BackgroundTask.of("Ждёт", () -> ran.add("waiting"))));
            Fx.run(waiting::cancel);
            release.countDown();

            await().atMost(Duration.ofSeconds(10)).until(() -> !Fx.call(() -> executor.busyProperty().get()));
            assertThat(Fx.call(() -> executor.activityProperty().get())).isEmpty();
            assertThat(ran).as("the cancelled task never ran").isEmpty();
        }
    }
}
