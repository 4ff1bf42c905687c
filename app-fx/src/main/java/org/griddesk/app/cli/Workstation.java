package org.griddesk.app.cli;

import java.nio.file.Path;
import java.util.List;

/**
 * Where the headless commands find this workstation: its home folder and demo mode (trust settings), and the
 * arguments the application context starts with (empty: the settings of {@code GridDeskEnvironment}).
 */
public record Workstation(Path home, boolean demoMode, List<String> contextArgs) {
    public Workstation {
        contextArgs = List.copyOf(contextArgs);
    }

    String[] contextArgsArray() {
        return contextArgs.toArray(String[]::new);
    }
}
