package org.griddesk.app.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.griddesk.app.cases.CaseChangedEvent;
import org.griddesk.app.testing.Fx;
import org.griddesk.app.ui.EventBus;
import org.griddesk.core.changes.ChangeFeed;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RemoteChangesTest {
    /** Hands ids to RemoteChanges from a thread of its own, as the real feeds do. */
    private static final class FakeFeed implements ChangeFeed {
        private volatile Consumer<Long> consumer;
        private final AtomicBoolean closed = new AtomicBoolean();

        @Override
        public AutoCloseable start(Consumer<Long> changedCaseIds) {
            consumer = changedCaseIds;
            return () -> closed.set(true);
        }

        void changed(long... caseIds) throws InterruptedException {
            Thread feedThread = Thread.ofPlatform().start(() -> {
                for (long id : caseIds) {
                    consumer.accept(id);
                }
            });
            feedThread.join();
        }
    }

    private final FakeFeed feed = new FakeFeed();
    private final EventBus events = new EventBus();
    private final BlockingQueue<Object> published = new LinkedBlockingQueue<>();

    @BeforeAll
    static void startFx() {
        Fx.startToolkit();
    }

    private RemoteChanges started() {
        events.subscribe(CaseChangedEvent.class, event -> {
            published.add(Platform.isFxApplicationThread() ? event : "off the FX thread: " + event);
        });
        RemoteChanges remote = new RemoteChanges(feed, events);
        remote.start();
        return remote;
    }

    @Test
    void aBurstOfChangesBecomesOneEventPerCaseOnTheFxThread() throws Exception {
        try (RemoteChanges remote = started()) {
            feed.changed(7, 9, 7, 7);
            assertThat(published.poll(2, TimeUnit.SECONDS)).isEqualTo(new CaseChangedEvent(7));
            assertThat(published.poll(2, TimeUnit.SECONDS)).isEqualTo(new CaseChangedEvent(9));
            assertThat(published.poll(500, TimeUnit.MILLISECONDS)).isNull();

            feed.changed(7);
            assertThat(published.poll(2, TimeUnit.SECONDS)).as("a later change is news again")
                    .isEqualTo(new CaseChangedEvent(7));
        }
    }

    @Test
    void closingStopsTheFeedAndTheEvents() throws Exception {
        RemoteChanges remote = started();
        remote.close();
        assertThat(feed.closed).isTrue();

        feed.changed(5);
        assertThat(published.poll(500, TimeUnit.MILLISECONDS)).isNull();
    }
}
