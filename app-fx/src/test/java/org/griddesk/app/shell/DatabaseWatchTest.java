package org.griddesk.app.shell;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.griddesk.app.testing.Fx;
import org.griddesk.app.ui.ConnectionRestoredEvent;
import org.griddesk.app.ui.EventBus;
import org.griddesk.persistence.database.Database;
import org.griddesk.persistence.database.DatabaseSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The shared PostgreSQL stops and starts again under a running workstation. */
class DatabaseWatchTest {

    @Test
    void noticesTheOutageAndTheReturn(@TempDir Path data) throws Exception {
        Fx.startToolkit();
        EmbeddedPostgres server = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).start();
        int port = server.getPort();
        DatabaseSettings settings = new DatabaseSettings(server.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
        List<Object> events = new CopyOnWriteArrayList<>();
        EventBus bus = new EventBus();
        bus.subscribe(Object.class, events::add);
        try (Database database = Database.open(settings);
             DatabaseWatch watch = new DatabaseWatch(database::reachable, bus, 200)) {
            Fx.waitUntil("watching", Duration.ofSeconds(10), () -> watch.availableProperty().get());

            server.close();
            Fx.waitUntil("outage noticed", Duration.ofSeconds(20), () -> !watch.availableProperty().get());
            assertThat(events).isEmpty();

            server = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).setPort(port).start();
            Fx.waitUntil("return noticed", Duration.ofSeconds(30), () -> watch.availableProperty().get());
            assertThat(events).containsExactly(new ConnectionRestoredEvent());
            assertThat(database.isEmpty()).as("the pool works again without a restart").isTrue();
        } finally {
            server.close();
        }
    }
}
