package org.griddesk.app.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class FileFoldersTest {
    private final Preferences preferences = Preferences.userRoot().node("griddesk-test-" + ProcessHandle.current().pid());

    @AfterEach
    void forget() throws Exception {
        preferences.removeNode();
    }

    @Test
    void opensInDocumentsThenWhereTheOperatorLastWas(@TempDir Path home) throws Exception {
        FileFolders folders = new FileFolders(preferences, home);
        assertThat(folders.start()).as("no documents folder: home").isEqualTo(home);
        Path documents = Files.createDirectory(home.resolve("Документы"));
        assertThat(folders.start()).isEqualTo(documents);

        Path offers = Files.createDirectories(home.resolve("Оферты/2026"));
        folders.remember(offers.resolve("Оферта.pdf"));
        assertThat(new FileFolders(preferences, home).start()).as("kept for the next dialog").isEqualTo(offers);

        Files.delete(offers);
        assertThat(folders.start()).as("a folder that is gone: documents again").isEqualTo(documents);
    }
}
