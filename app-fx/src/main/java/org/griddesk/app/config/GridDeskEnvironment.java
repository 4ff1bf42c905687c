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
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * The one place where a workstation's settings are gathered, in this order of precedence: command-line
 * {@code --griddesk.*=…} arguments, {@code -Dgriddesk.*} system properties, {@code GRIDDESK_*} environment
 * variables, then {@code $GRIDDESK_HOME/griddesk.properties} (its keys without the {@code griddesk.} prefix).
 */
public final class GridDeskEnvironment {
    public static final String PROPERTIES_FILE = "griddesk.properties";
    static final String FILE_SOURCE = "griddeskPropertiesFile";

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
        sources.addLast(new MapPropertySource(FILE_SOURCE, prefixed(readFile(home.resolve(PROPERTIES_FILE)))));
        return environment;
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
