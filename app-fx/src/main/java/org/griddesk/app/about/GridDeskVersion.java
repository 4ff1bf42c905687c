package org.griddesk.app.about;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version this build was made as, from a resource the build fills in (the same in the jar and in tests). */
public final class GridDeskVersion {
    private static final String RESOURCE = "version.properties";

    private GridDeskVersion() {
    }

    public static String current() {
        Properties properties = new Properties();
        try (InputStream in = GridDeskVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The build left out " + RESOURCE);
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
        return properties.getProperty("version");
    }
}
