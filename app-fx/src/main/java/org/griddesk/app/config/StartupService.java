package org.griddesk.app.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.griddesk.app.demo.DemoStart;
import org.griddesk.app.login.StartupReport;
import org.griddesk.core.operators.AuthenticationService;
import org.griddesk.persistence.database.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Makes an empty database usable: demo data in demo mode, otherwise the administrator with a
 * one-time password. Demo mode is on for the embedded database unless turned off.
 */
public class StartupService {
    static final String INITIAL_PASSWORD_FILE = "initial-admin-password.txt";
    private static final Logger LOG = LoggerFactory.getLogger(StartupService.class);

    private final Path home;
    private final Database database;
    private final AuthenticationService authentication;
    private final DemoStart demo;

    /** {@code demo} is only there in demo mode. */
    public StartupService(GridDeskSettings settings, Database database, AuthenticationService authentication,
                          ObjectProvider<DemoStart> demo) {
        this.home = settings.home();
        this.database = database;
        this.authentication = authentication;
        this.demo = demo.getIfAvailable();
    }

    public StartupReport prepare() {
        try {
            return prepareDatabase();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare GridDesk home " + home, e);
        }
    }

    private StartupReport prepareDatabase() throws IOException {
        if (demo != null) {
            if (database.isEmpty()) {
                LOG.info("Empty database in demo mode: filling demo data");
                fillDemoDataUnlessAnotherWorkstationDid();
            }
            return new StartupReport(true, demo.accounts(), demo.keyNotice());
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
            demo.fillCases();
        } catch (RuntimeException e) {
            if (database.isEmpty()) {
                throw e;
            }
            LOG.info("Another workstation filled the demo data first ({})", e.toString());
            return;
        }
        demo.fillSignaturesAndRegistrations();
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
