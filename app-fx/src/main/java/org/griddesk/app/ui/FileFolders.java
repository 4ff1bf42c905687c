package org.griddesk.app.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.prefs.Preferences;

/**
 * Where file dialogs open: the folder the operator last used on this workstation (kept in the user's preferences),
 * else their documents folder («Документы» / Documents), else home.
 */
public final class FileFolders {
    private static final String LAST = "last-folder";
    private final Preferences preferences;
    private final Path home;

    public FileFolders(Preferences preferences, Path home) {
        this.preferences = preferences;
        this.home = home;
    }

    public static FileFolders forThisUser() {
        return new FileFolders(Preferences.userNodeForPackage(FileFolders.class), Path.of(System.getProperty("user.home")));
    }

    public Path start() {
        return Optional.ofNullable(preferences.get(LAST, null)).map(Path::of).filter(Files::isDirectory)
                .orElseGet(this::documents);
    }

    public void remember(Path chosenFile) {
        Path folder = chosenFile.toAbsolutePath().getParent();
        if (folder != null) {
            preferences.put(LAST, folder.toString());
        }
    }

    private Path documents() {
        for (String name : new String[] {"Документы", "Documents"}) {
            if (Files.isDirectory(home.resolve(name))) {
                return home.resolve(name);
            }
        }
        return home;
    }
}
