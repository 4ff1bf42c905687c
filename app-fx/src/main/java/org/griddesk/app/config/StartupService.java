package org.griddesk.app.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.function.Consumer;
import org.griddesk.app.demo.DemoStart;
import org.griddesk.app.login.StartupReport;
import org.griddesk.core.operators.AuthenticationService;
import org.griddesk.persistence.database.Database;
import org.griddesk.signing.trust.TrustConfiguration;
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
    private final TrustConfiguration trust;

    /** {@code demo} is only there in demo mode. */
    public StartupService(GridDeskSettings settings, Database database, AuthenticationService authentication,
                          TrustConfiguration trust, ObjectProvider<DemoStart> demo) {
        this.home = settings.home();
        this.database = database;
        this.authentication = authentication;
        this.trust = trust;
        this.demo = demo.getIfAvailable();
    }

    /** {@code stage} hears, in Russian, what the start is busy with (filling demo data takes a while). */
    public StartupReport prepare(Consumer<String> stage) {
        try {
            return prepareDatabase(stage);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare GridDesk home " + home, e);
        }
    }

    private StartupReport prepareDatabase(Consumer<String> stage) throws IOException {
        if (demo != null) {
            if (database.isEmpty()) {
                LOG.info("Empty database in demo mode: filling demo data");
                fillDemoDataUnlessAnotherWorkstationDid(stage);
            }
            return new StartupReport(true, demo.accounts(), demo.keyNotice(), "");
        }
        String warning = demoRootsWarning();
        String oneTimePassword = createAdministratorUnlessAnotherWorkstationDid();
        if (oneTimePassword == null) {
            return new StartupReport(false, List.of(), "", warning);
        }
        Path file = writeOwnerOnly(home.resolve(INITIAL_PASSWORD_FILE), oneTimePassword);
        LOG.warn("Created the administrator account 'admin'; its one-time password is in {}", file);
        return new StartupReport(false, List.of(), "Создана учётная запись администратора «admin». Одноразовый пароль "
                + "записан в файл " + file + ". Смените его при первом входе.", warning);
    }

    /** Two workstations may start on one empty shared database: the loser's transaction fails on unique logins. */
    private void fillDemoDataUnlessAnotherWorkstationDid(Consumer<String> stage) {
        try {
            stage.accept("Первый запуск: демонстрационные заявители, обращения и лицевые счета (1 из 3)…");
            demo.fillCases();
        } catch (RuntimeException e) {
            if (database.isEmpty()) {
                throw e;
            }
            LOG.info("Another workstation filled the demo data first ({})", e.toString());
            return;
        }
        demo.fillSignaturesAndRegistrations(stage);
    }

    /** A workstation that once ran the demo keeps its files: its demo CA must not pass for a real one. */
    private String demoRootsWarning() {
        List<String> found = trust.demoRootsAmongTrusted();
        if (found.isEmpty()) {
            return "";
        }
        LOG.warn("Demo or test root certificates among the trusted roots in {}: {}; they are not trusted outside "
                + "demo mode", trust.trustFolder(), found);
        return "Среди доверенных корневых сертификатов (" + trust.trustFolder() + ") есть демонстрационные или "
                + "тестовые: " + String.join("; ", found) + ". Вне демонстрационного режима им не доверяют — удалите их.";
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

    /** Also the first start's database settings, which may hold a password. */
    static Path writeOwnerOnly(Path file, String secret) throws IOException {
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
