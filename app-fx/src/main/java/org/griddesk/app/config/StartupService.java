package org.griddesk.app.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Properties;
import org.griddesk.app.login.DemoAccount;
import org.griddesk.core.operators.AuthenticationService;
import org.griddesk.persistence.database.Database;
import org.griddesk.persistence.database.DatabaseSettings;
import org.griddesk.persistence.demo.DemoAccountSpec;
import org.griddesk.persistence.demo.DemoData;
import org.griddesk.persistence.demo.DemoRegistrations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;

/**
 * Makes an empty database usable: demo data in demo mode, otherwise the administrator with a
 * one-time password. Demo mode is on for the embedded database unless turned off.
 */
public class StartupService {
    static final String INITIAL_PASSWORD_FILE = "initial-admin-password.txt";
    private static final Logger LOG = LoggerFactory.getLogger(StartupService.class);

    private final Environment environment;
    private final Path home;
    private final DatabaseSettings settings;
    private final Database database;
    private final DemoData demoData;
    private final AuthenticationService authentication;
    private final DemoSignatures demoSignatures;
    private final DemoRegistrations demoRegistrations;

    public StartupService(Environment environment, Path griddeskHome, DatabaseSettings settings, Database database,
                          DemoData demoData, AuthenticationService authentication, DemoSignatures demoSignatures,
                          DemoRegistrations demoRegistrations) {
        this.environment = environment;
        this.home = griddeskHome;
        this.settings = settings;
        this.database = database;
        this.demoData = demoData;
        this.authentication = authentication;
        this.demoSignatures = demoSignatures;
        this.demoRegistrations = demoRegistrations;
    }

    public StartupReport prepare() {
        try {
            return prepareDatabase();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare GridDesk home " + home, e);
        }
    }

    private StartupReport prepareDatabase() throws IOException {
        if (demoMode()) {
            if (database.isEmpty()) {
                LOG.info("Empty database in demo mode: filling demo data");
                fillDemoDataUnlessAnotherWorkstationDid();
            }
            List<DemoAccount> accounts = DemoData.ACCOUNTS.stream()
                    .map(account -> new DemoAccount(account.login(), account.password(), account.role()))
                    .toList();
            return new StartupReport(true, accounts, Files.isRegularFile(demoSignatures.keyFile())
                    ? "Ключ для подписи от имени организации (учётная запись signer): файл " + demoSignatures.keyFile()
                    + ", пароль " + DemoSignatures.KEY_PASSWORD : "");
        }
        String oneTimePassword = createAdministratorUnlessAnotherWorkstationDid();
        if (oneTimePassword == null) {
            return new StartupReport(false, List.of(), "");
        }
        Path file = writeOwnerOnly(home.resolve(INITIAL_PASSWORD_FILE), oneTimePassword);
        LOG.warn("Created the administrator account 'admin'; its one-time password is in {}", file);
        return new StartupReport(false, List.of(), "Создана учётная запись администратора «admin». Одноразовый пароль "
                + "записан в файл " + file + ". Смените его при первом входе.");
    }

    /** Two workstations may start on one empty shared database: the loser's transaction fails on unique logins. */
    private void fillDemoDataUnlessAnotherWorkstationDid() {
        try {
            demoData.fill();
        } catch (RuntimeException e) {
            if (database.isEmpty()) {
                throw e;
            }
            LOG.info("Another workstation filled the demo data first ({})", e.toString());
            return;
        }
        DemoAccountSpec signer = DemoData.ACCOUNTS.stream().filter(DemoAccountSpec::canSignForOrganisation)
                .findFirst().orElseThrow();
        demoSignatures.fill(authentication.logIn(signer.login(), signer.password().toCharArray()));
        demoRegistrations.fill();
    }

    private String createAdministratorUnlessAnotherWorkstationDid() {
        try {
            return authentication.createInitialAdministratorIfNone();
        } catch (RuntimeException e) {
            if (database.isEmpty()) {
                throw e;
            }
            LOG.info("Another workstation created the administrator first ({})", e.toString());
            return null;
        }
    }

    boolean demoMode() throws IOException {
        String configured = environment.getProperty("griddesk.demo");
        if (configured == null) {
            configured = fileSetting("demo");
        }
        return configured == null ? settings.jdbcUrl().startsWith("jdbc:h2:") : Boolean.parseBoolean(configured.trim());
    }

    private String fileSetting(String key) throws IOException {
        Path file = home.resolve("griddesk.properties");
        if (!Files.isRegularFile(file)) {
            return null;
        }
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
        }
        return properties.getProperty(key);
    }

    private static Path writeOwnerOnly(Path file, String secret) throws IOException {
        Files.createDirectories(file.getParent());
        Files.deleteIfExists(file);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException windows) {
            Files.createFile(file);
        }
        return Files.writeString(file, secret + System.lineSeparator());
    }
}
