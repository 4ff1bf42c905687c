package org.griddesk.app.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.griddesk.app.config.GridDeskContext;
import org.griddesk.app.login.StartupReport;
import org.griddesk.app.config.StartupService;
import org.griddesk.core.cases.CaseService;
import org.griddesk.core.operators.AuthenticationService;
import org.griddesk.core.access.Operator;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The real application context (Spring wiring, Flyway, jOOQ, demo data) on an embedded H2 database in
 * a test's folder: what view models and views are tested against.
 */
public final class TestGridDesk implements AutoCloseable {
    public static final String CLERK_LOGIN = "clerk";
    public static final String CLERK_PASSWORD = "Clerk-2026!";
    /** A smaller retail demo than the application's 2 000 accounts: every test class starts a demo of its own. */
    static final int RETAIL_ACCOUNTS = 300;

    private final ConfigurableApplicationContext context;
    private final StartupReport startup;
    private final List<String> startupStages = new ArrayList<>();

    private TestGridDesk(ConfigurableApplicationContext context) {
        this.context = context;
        this.startup = context.getBean(StartupService.class).prepare(startupStages::add);
    }

    /** A demo-filled database in {@code home} (created on first use, reused when it already has data). */
    public static TestGridDesk demo(Path home) {
        return demo(home, new String[0]);
    }

    /** The same demo database with more properties, e.g. {@code --griddesk.mail.host=127.0.0.1} for a test SMTP server. */
    public static TestGridDesk demo(Path home, String... extraArgs) {
        String[] args = java.util.stream.Stream.concat(
                // Never the machine-wide settings of the computer the tests run on.
                java.util.stream.Stream.of("--griddesk.home=" + home, "--griddesk.demo=true",
                        "--griddesk.demo.retail-accounts=" + RETAIL_ACCOUNTS,
                        "--griddesk.machine-config=" + home.resolve("no-machine-config.properties")),
                java.util.Arrays.stream(extraArgs)).toArray(String[]::new);
        return new TestGridDesk(GridDeskContext.start(args));
    }

    public CaseService caseService() {
        return context.getBean(CaseService.class);
    }

    public AuthenticationService authentication() {
        return context.getBean(AuthenticationService.class);
    }

    public StartupReport startup() {
        return startup;
    }

    /** What the start said it was doing (the login form shows it). */
    public List<String> startupStages() {
        return List.copyOf(startupStages);
    }

    /** A clerk of the demo data, logged in through the real authentication service. */
    public Operator clerk() {
        return authentication().logIn(CLERK_LOGIN, CLERK_PASSWORD.toCharArray());
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}
