package org.cellcompare.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The distribution zip that {@code ./mvnw package} builds, unzipped as a user unzips it. */
public final class Download {

    private Download() {
    }

    /** Where the build put the zip: Maven's failsafe passes it in. */
    public static Path zip() {
        String zip = System.getProperty("cellcompare.distribution");
        if (zip == null || !Files.isRegularFile(Path.of(zip))) {
            throw new IllegalStateException("No distribution zip (" + zip + "): run the *IT tests with ./mvnw verify");
        }
        return Path.of(zip);
    }

    public static String version() {
        return System.getProperty("cellcompare.version");
    }

    /**
     * Unzips with the system's {@code unzip}, which keeps the launch script executable as it
     * does for a user, into {@code parent}; returns the folder the zip holds.
     */
    public static Path unzipInto(Path parent) throws IOException, InterruptedException {
        Files.createDirectories(parent);
        Process unzip = new ProcessBuilder("unzip", "-q", zip().toString(), "-d", parent.toString()).inheritIO().start();
        if (unzip.waitFor() != 0) {
            throw new IllegalStateException("unzip failed with status " + unzip.exitValue());
        }
        return parent.resolve("cellcompare-" + version());
    }
}
