package org.griddesk.app.config;

import java.nio.file.Path;
import java.time.Duration;
import org.griddesk.app.mail.SmtpSettings;
import org.griddesk.persistence.database.DatabaseSettings;
import org.springframework.core.env.PropertyResolver;

/**
 * A workstation's settings, read once from the {@link GridDeskEnvironment}: its home folder, the database,
 * demo mode, mail, the portal link, the organisation name override, the PKCS#11 token and the idle lock.
 */
public record GridDeskSettings(Path home, DatabaseSettings database, boolean demoMode, SmtpSettings smtp,
                               String organisationMailbox, String portalUrl, String organisationNameOverride,
                               Path pkcs11Library, Integer pkcs11Slot, Duration idleLockAfter) {

    public static GridDeskSettings from(PropertyResolver properties) {
        Path home = home(properties);
        String mode = text(properties, "griddesk.db.mode");
        if (!mode.isEmpty() && !mode.equals(GridDeskEnvironment.EMBEDDED)) {
            throw new IllegalStateException("griddesk.db.mode is '" + mode + "'; the only value is 'embedded' "
                    + "(a shared server is named by griddesk.db.url)");
        }
        // GridDeskEnvironment has already let db.mode=embedded hide the URLs of the sources below it.
        String url = text(properties, "griddesk.db.url");
        DatabaseSettings database = url.isEmpty() ? DatabaseSettings.embeddedH2(home)
                : new DatabaseSettings(url, text(properties, "griddesk.db.user"), text(properties, "griddesk.db.password"));
        String demo = text(properties, "griddesk.demo");
        // Demo data belongs on a workstation's own embedded database unless someone asks otherwise.
        boolean demoMode = demo.isEmpty() ? database.jdbcUrl().startsWith("jdbc:h2:") : Boolean.parseBoolean(demo);
        String library = text(properties, "griddesk.pkcs11.library");
        long idleMinutes = properties.getProperty("griddesk.idle-lock-minutes", Long.class, 10L);
        return new GridDeskSettings(home, database, demoMode, SmtpSettings.from(properties::getProperty),
                text(properties, "griddesk.mail.organisation-mailbox"), text(properties, "griddesk.portal.url"),
                text(properties, "griddesk.organisation.name"), library.isEmpty() ? null : Path.of(library),
                properties.getProperty("griddesk.pkcs11.slot", Integer.class),
                Duration.ofMinutes(Math.max(0, idleMinutes)));
    }

    /** {@code griddesk.home} (GRIDDESK_HOME); else {@code ~/.griddesk}. */
    static Path home(PropertyResolver properties) {
        String configured = text(properties, "griddesk.home");
        return configured.isEmpty() ? Path.of(System.getProperty("user.home"), ".griddesk")
                : Path.of(configured).toAbsolutePath();
    }

    private static String text(PropertyResolver properties, String name) {
        String value = properties.getProperty(name);
        return value == null ? "" : value.strip();
    }
}
