package org.griddesk.app.portal;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.griddesk.app.config.GridDeskContext;
import org.griddesk.app.config.StartupService;
import org.springframework.context.ConfigurableApplicationContext;

/** Demo workstations sharing one embedded PostgreSQL, each with a home of its own, as the portal tests need. */
final class PortalWorkstations {
    private PortalWorkstations() {
    }

    /** {@code more}: further settings, e.g. the mail server's. */
    static ConfigurableApplicationContext start(EmbeddedPostgres server, Path home, String... more) {
        List<String> args = new ArrayList<>(List.of("--griddesk.home=" + home, "--griddesk.demo=true",
                "--griddesk.demo.retail-accounts=100",
                "--griddesk.db.url=" + server.getJdbcUrl("postgres", "postgres"), "--griddesk.db.user=postgres",
                "--griddesk.db.password=postgres"));
        args.addAll(List.of(more));
        ConfigurableApplicationContext workstation = GridDeskContext.start(args.toArray(String[]::new));
        workstation.getBean(StartupService.class).prepare(stage -> { });
        return workstation;
    }
}
