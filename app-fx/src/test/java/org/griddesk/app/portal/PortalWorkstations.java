package org.griddesk.app.portal;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import org.griddesk.app.config.GridDeskContext;
import org.griddesk.app.config.StartupService;
import org.springframework.context.ConfigurableApplicationContext;

/** Demo workstations sharing one embedded PostgreSQL, each with a home of its own, as the portal tests need. */
final class PortalWorkstations {
    private PortalWorkstations() {
    }

    static ConfigurableApplicationContext start(EmbeddedPostgres server, Path home) {
        ConfigurableApplicationContext workstation = GridDeskContext.start("--griddesk.home=" + home,
                "--griddesk.demo=true", "--griddesk.db.url=" + server.getJdbcUrl("postgres", "postgres"),
                "--griddesk.db.user=postgres", "--griddesk.db.password=postgres");
        workstation.getBean(StartupService.class).prepare(stage -> { });
        return workstation;
    }
}
