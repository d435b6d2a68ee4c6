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
     * does for a user, into a folder of {@code parent} named after the zip, as Windows' "Extract
     * All" and macOS's Archive Utility do with a zip that holds no folder of its own; returns it.
     */
    public static Path unzipInto(Path parent) throws IOException, InterruptedException {
        Path folder = parent.resolve("cellcompare-" + version());
        Files.createDirectories(folder);
        Process unzip = new ProcessBuilder("unzip", "-q", zip().toString(), "-d", folder.toString()).inheritIO().start();
        if (unzip.waitFor() != 0) {
            throw new IllegalStateException("unzip failed with status " + unzip.exitValue());
        }
        return folder;
    }
}
