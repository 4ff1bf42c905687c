package org.griddesk.app.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.griddesk.app.login.StartupReport;
import org.griddesk.app.testing.TestGridDesk;
import org.griddesk.signing.trust.TrustConfiguration;
import org.griddesk.core.operators.AuthenticationService;
import org.griddesk.core.access.Operator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StartupServiceTest {

    @Test
    void outsideDemoModeTheFirstStartCreatesAnAdministratorWithAOneTimePassword(@TempDir Path home) throws Exception {
        try (ConfigurableApplicationContext context = GridDeskContext.start("--griddesk.home=" + home,
                "--griddesk.demo=false")) {
            StartupReport report = context.getBean(StartupService.class).prepare(stage -> { });
            assertThat(report.demoMode()).isFalse();
            assertThat(report.demoAccounts()).isEmpty();
            Path file = home.resolve(StartupService.INITIAL_PASSWORD_FILE);
            assertThat(report.notice()).contains("admin", file.toString());
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");

            AuthenticationService authentication = context.getBean(AuthenticationService.class);
            char[] oneTime = Files.readString(file).trim().toCharArray();
            Operator admin = authentication.logIn("admin", oneTime);
            assertThat(admin.mustChangePassword()).isTrue();
            Operator changed = authentication.changePassword(admin, "Nov-Parol-2026!".toCharArray(),
                    "Nov-Parol-2026!".toCharArray());
            assertThat(changed.mustChangePassword()).isFalse();
            assertThatThrownBy(() -> authentication.logIn("admin", oneTime)).hasMessage("Неверное имя пользователя или пароль");
            assertThat(authentication.logIn("admin", "Nov-Parol-2026!".toCharArray()).mustChangePassword()).isFalse();

            assertThat(context.getBean(StartupService.class).prepare(stage -> { }).notice()).as("only on the first start").isEmpty();
        }
    }

    @Test
    void demoModeFillsAnEmptyDatabaseOnceAndOffersTheAccounts(@TempDir Path home) {
        try (TestGridDesk first = TestGridDesk.demo(home)) {
            assertThat(first.startup().demoMode()).isTrue();
            assertThat(first.startup().demoAccounts()).extracting(account -> account.login())
                    .containsExactly("clerk", "signer", "supervisor", "admin");
            assertThat(first.startupStages()).as("the login form says what the first start is busy with")
                    .hasSize(3).allMatch(stage -> stage.startsWith("Первый запуск: "));
        }
        try (TestGridDesk again = TestGridDesk.demo(home)) {
            // A second start finds the data and adds nothing: the demo login still works, the counts are unchanged.
            assertThat(again.startupStages()).isEmpty();
            assertThat(again.clerk().login()).isEqualTo("clerk");
            assertThat(again.caseService().find(again.clerk(), org.griddesk.core.cases.CaseQuery.firstPage()).totalCount())
                    .isEqualTo(org.griddesk.persistence.demo.DemoData.CASES);
        }
    }

    @Test
    void aWorkstationThatRanTheDemoTrustsNoDemoCaOutsideDemoModeAndSaysSo(@TempDir Path home) throws Exception {
        try (TestGridDesk demo = TestGridDesk.demo(home)) {
            assertThat(demo.bean(TrustConfiguration.class).current().trustedRoots()).as("demo mode trusts its CA").isNotEmpty();
        }
        // As an earlier version left it: the demo root among the real trusted roots.
        Path trust = Files.createDirectories(home.resolve("trust"));
        Files.copy(TrustConfiguration.demoFolder(home).resolve("demo-root.pem"), trust.resolve("demo-root.pem"));
        try (ConfigurableApplicationContext context = GridDeskContext.start("--griddesk.home=" + home,
                "--griddesk.demo=false")) {
            StartupReport report = context.getBean(StartupService.class).prepare(stage -> { });
            assertThat(context.getBean(TrustConfiguration.class).current().trustedRoots()).isEmpty();
            assertThat(report.warning()).contains("демонстрационные", "Демонстрационный УЦ GridDesk");
        }
    }
}
