package org.cellcompare.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version of CellCompare that is running, as the build recorded it in META-INF/build-info.properties. */
public final class Version {

    private static final String CURRENT = read();

    private Version() {
    }

    public static String current() {
        return CURRENT;
    }

    private static String read() {
        try (InputStream in = Version.class.getResourceAsStream("/META-INF/build-info.properties")) {
            if (in == null) {
                return "unknown (not built with Maven)";
            }
            Properties info = new Properties();
            info.load(in);
            return info.getProperty("build.version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
