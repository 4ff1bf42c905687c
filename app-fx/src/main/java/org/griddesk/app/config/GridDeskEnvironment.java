package org.griddesk.app.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertyResolver;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * The one place where a workstation's settings are gathered, in this order of precedence: command-line
 * {@code --griddesk.*=…} arguments, {@code -Dgriddesk.*} system properties, {@code GRIDDESK_*} environment
 * variables, then {@code $GRIDDESK_HOME/griddesk.properties} (its keys without the {@code griddesk.} prefix), then
 * the machine-wide file an installation leaves for all its users ({@code /etc/griddesk/griddesk.properties},
 * {@code %ProgramData%\GridDesk\griddesk.properties}; {@code griddesk.machine-config} names another).
 * The database is the one named by the first of these that names one: {@code db.mode=embedded} there means the
 * embedded database even when a source below names a server.
 */
public final class GridDeskEnvironment {
    public static final String PROPERTIES_FILE = "griddesk.properties";
    static final String FILE_SOURCE = "griddeskPropertiesFile";
    static final String MACHINE_FILE_SOURCE = "griddeskMachineFile";
    static final String EMBEDDED = "embedded";
    private static final String CHOICE_SOURCE = "griddeskDatabaseChoice";

    private GridDeskEnvironment() {
    }

    public static StandardEnvironment create(String... args) {
        return create(System.getenv(), args);
    }

    /** {@code variables} stands for the process environment (tests give their own). */
    static StandardEnvironment create(Map<String, String> variables, String... args) {
        StandardEnvironment environment = new StandardEnvironment();
        MutablePropertySources sources = environment.getPropertySources();
        sources.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, Map.copyOf(variables)));
        if (args.length > 0) {
            sources.addFirst(new SimpleCommandLinePropertySource(args));
        }
        Path home = GridDeskSettings.home(environment);
        Path machineFile = machineFile(environment, variables);
        sources.addLast(new MapPropertySource(FILE_SOURCE, prefixed(readFile(home.resolve(PROPERTIES_FILE)))));
        sources.addLast(new MapPropertySource(MACHINE_FILE_SOURCE, prefixed(readFile(machineFile))));
        chooseDatabase(sources);
        return environment;
    }

    /** Whether any source names the database (a server's URL, or the embedded one by {@code db.mode}). */
    public static boolean namesDatabase(PropertyResolver properties) {
        return !properties.getProperty("griddesk.db.url", "").isBlank()
                || !properties.getProperty("griddesk.db.mode", "").isBlank();
    }

    private static Path machineFile(PropertyResolver properties, Map<String, String> variables) {
        String configured = properties.getProperty("griddesk.machine-config", "").strip();
        if (!configured.isEmpty()) {
            return Path.of(configured);
        }
        if (System.getProperty("os.name", "").startsWith("Windows")) {
            String programData = variables.getOrDefault("ProgramData", "C:\\ProgramData");
            return Path.of(programData, "GridDesk", PROPERTIES_FILE);
        }
        return Path.of("/etc/griddesk", PROPERTIES_FILE);
    }

    /**
     * Keys of different sources mix, so a workstation's own {@code db.mode=embedded} would not hide the machine
     * file's {@code db.url}; an empty URL above all sources does, unless a source above the choice names a server.
     */
    private static void chooseDatabase(MutablePropertySources sources) {
        for (PropertySource<?> source : sources) {
            if (EMBEDDED.equals(text(source.getProperty("griddesk.db.mode")))) {
                sources.addFirst(new MapPropertySource(CHOICE_SOURCE, Map.of("griddesk.db.url", "")));
                return;
            }
            if (!text(source.getProperty("griddesk.db.url")).isEmpty()) {
                return;
            }
        }
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString().strip();
    }

    private static Map<String, Object> prefixed(Properties file) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (String key : file.stringPropertyNames()) {
            values.put(key.startsWith("griddesk.") ? key : "griddesk." + key, file.getProperty(key).strip());
        }
        return values;
    }

    private static Properties readFile(Path file) {
        Properties properties = new Properties();
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                properties.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + file, e);
            }
        }
        return properties;
    }
}
