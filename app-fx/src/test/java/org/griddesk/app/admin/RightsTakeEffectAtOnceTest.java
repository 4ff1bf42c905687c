package org.griddesk.app.admin;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.util.Set;
import org.griddesk.app.config.GridDeskContext;
import org.griddesk.app.config.StartupService;
import org.griddesk.core.access.Operator;
import org.griddesk.core.access.Role;
import org.griddesk.core.cases.CaseQuery;
import org.griddesk.core.cases.CaseService;
import org.griddesk.core.common.AccessDeniedException;
import org.griddesk.core.operators.AuthenticationService;
import org.griddesk.core.operators.OperatorAdministration;
import org.griddesk.core.signing.DocumentSigningService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Two workstations on one PostgreSQL: what the administrator changes on one stops the other's operator at their
 * very next protected action, without logging them out first.
 */
class RightsTakeEffectAtOnceTest {

    private static ConfigurableApplicationContext workstation(EmbeddedPostgres server, Path home) {
        return GridDeskContext.start("--griddesk.home=" + home, "--griddesk.demo=true",
                "--griddesk.db.url=" + server.getJdbcUrl("postgres", "postgres"), "--griddesk.db.user=postgres",
                "--griddesk.db.password=postgres");
    }

    @Test
    void disablingAnOperatorOrTakingTheSigningRightStopsTheirNextAction(@TempDir Path first, @TempDir Path second)
            throws Exception {
        try (EmbeddedPostgres server = EmbeddedPostgres.start();
             ConfigurableApplicationContext admins = workstation(server, first);
             ConfigurableApplicationContext clerks = workstation(server, second)) {
            admins.getBean(StartupService.class).prepare(stage -> { });
            AuthenticationService login = clerks.getBean(AuthenticationService.class);
            Operator signer = login.logIn("signer", "Signer-2026!".toCharArray());
            Operator clerk = login.logIn("clerk", "Clerk-2026!".toCharArray());
            CaseService cases = clerks.getBean(CaseService.class);
            long caseId = cases.find(clerk, CaseQuery.firstPage()).rows().getFirst().id();
            assertThat(cases.open(clerk, caseId).id()).isEqualTo(caseId);

            OperatorAdministration administration = admins.getBean(OperatorAdministration.class);
            Operator admin = admins.getBean(AuthenticationService.class).logIn("admin", "Admin-2026!".toCharArray());
            administration.update(admin, clerk.id(), 0, clerk.fullName(), clerk.roles(), false, false);
            administration.update(admin, signer.id(), 0, signer.fullName(), Set.of(Role.CLERK), false, true);

            // The other workstation still holds the old Operator records: the services read them again.
            assertThatThrownBy(() -> cases.open(clerk, caseId)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> clerks.getBean(DocumentSigningService.class)
                    .signAsOrganisation(signer, caseId, 1, document -> null)).isInstanceOf(AccessDeniedException.class)
                    .hasMessageContaining("подпис");
            assertThat(cases.open(signer, caseId).id()).as("the signer keeps the clerk's role").isEqualTo(caseId);
        }
    }
}
