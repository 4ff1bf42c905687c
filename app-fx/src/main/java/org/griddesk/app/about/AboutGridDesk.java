package org.griddesk.app.about;

import java.nio.file.Path;

/**
 * «О программе»: what a support call asks first. {@code sharedDatabase} tells the embedded database from a shared
 * server; {@code databaseAddress} is the server's address without credentials (empty for the embedded one).
 */
public record AboutGridDesk(String version, String java, boolean sharedDatabase, String databaseAddress, Path home) {

    /** This running GridDesk on this JVM. */
    public static AboutGridDesk current(boolean sharedDatabase, String databaseAddress, Path home) {
        return new AboutGridDesk(GridDeskVersion.current(),
                System.getProperty("java.version") + " (" + System.getProperty("java.vm.vendor") + ")",
                sharedDatabase, databaseAddress, home);
    }

    public String text() {
        return "GridDesk " + version + "\n"
                + "Java: " + java + "\n"
                + "База данных: " + (sharedDatabase ? "общая (" + databaseAddress + ")" : "встроенная (только это рабочее место)")
                + "\n"
                + "Рабочая папка: " + home;
    }
}
