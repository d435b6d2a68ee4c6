package org.cellcompare.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.zip.CRC32;

import org.cellcompare.files.Replacement;

/**
 * The class data archive (Java's Class Data Sharing) kept next to {@code cellcompare.jar}: the
 * classes a run loads, already parsed and checked, so the next run maps them instead of loading
 * them one by one. The sample runs in 2 to 3 s with it instead of 4 to 5.
 *
 * <p>An archive fits only the Java runtime and the very jars it was made from, so its name carries a
 * fingerprint of both: a new release, a changed library or another Java gives another name, and the
 * next run of a monthly file's size makes a fresh archive. Java checks again when it maps one and, finding it stale,
 * runs without it.
 */
final class ClassDataArchive {

    /**
     * Writing an archive costs a run about 3.5 s and holds its heap a while longer (80 MB more at
     * 20,000 rows, 170 MB at 100,000), so only a run of a monthly file's size writes one.
     */
    static final long WRITTEN_BY_RUNS_UNDER_KB = 1_000;

    private static final String PREFIX = "cellcompare-";
    private static final String SUFFIX = ".jsa";

    private final Path folder;
    private final Path file;

    private ClassDataArchive(Path folder, Path file) {
        this.folder = folder;
        this.file = file;
    }

    /** The archive for this Java runtime and the jar with the libraries its manifest names. */
    static ClassDataArchive forJar(Path jar) throws IOException {
        return forJar(jar, System.getProperty("java.home") + "|" + System.getProperty("java.vm.version"));
    }

    static ClassDataArchive forJar(Path jar, String runtime) throws IOException {
        Path absolute = jar.toAbsolutePath().normalize();
        StringBuilder fingerprint = new StringBuilder(runtime);
        for (Path each : withLibraries(absolute)) {
            fingerprint.append('|').append(each);
            if (Files.isRegularFile(each)) {
                fingerprint.append(':').append(Files.size(each)).append(':').append(Files.getLastModifiedTime(each).toMillis());
            }
        }
        CRC32 crc = new CRC32();
        crc.update(fingerprint.toString().getBytes(StandardCharsets.UTF_8));
        Path folder = absolute.getParent();
        return new ClassDataArchive(folder, folder.resolve(PREFIX + String.format("%08x", crc.getValue()) + SUFFIX));
    }

    /** The jar and what its manifest's Class-Path names, as Java resolves them: from the jar's folder. */
    private static List<Path> withLibraries(Path jar) throws IOException {
        List<Path> jars = new ArrayList<>(List.of(jar));
        try (JarFile opened = new JarFile(jar.toFile())) {
            String classPath = opened.getManifest() == null ? null
                    : opened.getManifest().getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
            if (classPath != null) {
                for (String entry : classPath.trim().split("\\s+")) {
                    jars.add(jar.getParent().resolve(entry).normalize());
                }
            }
        }
        return jars;
    }

    Path file() {
        return file;
    }

    boolean exists() {
        return Files.isRegularFile(file);
    }

    /** Whether a new archive can be put next to the jar (an install in a read-only folder goes without). */
    boolean canWrite() {
        return Files.isDirectory(folder) && Files.isWritable(folder);
    }

    /** A file of its own for one run to write the archive into, so two runs at once never share one. */
    Path draft() {
        return folder.resolve(PREFIX + "draft-" + ProcessHandle.current().pid() + "-" + System.nanoTime() + SUFFIX);
    }

    /**
     * Puts a finished draft in place in one step, so a run starting meanwhile maps the old archive or
     * the new one, never half of one, and removes the archives of earlier releases. Failing that (on
     * Windows a file another run has mapped cannot be replaced) the draft is dropped: a later run
     * tries again.
     */
    void install(Path draft) {
        try {
            Replacement.replace(draft, file);
            removeOthers();
        } catch (IOException e) {
            discard(draft);
        }
    }

    static void discard(Path draft) {
        try {
            Files.deleteIfExists(draft);
        } catch (IOException e) {
            draft.toFile().deleteOnExit();
        }
    }

    /**
     * Java writes a draft only as its run ends, so a draft an hour old was left by a run that was
     * killed while writing it; a younger one may be another run's, still being written.
     */
    private void removeOthers() throws IOException {
        Instant abandoned = Instant.now().minus(Duration.ofHours(1));
        try (DirectoryStream<Path> archives = Files.newDirectoryStream(folder, PREFIX + "*" + SUFFIX)) {
            for (Path other : archives) {
                boolean draft = other.getFileName().toString().startsWith(PREFIX + "draft-");
                if (!other.equals(file) && (!draft || Files.getLastModifiedTime(other).toInstant().isBefore(abandoned))) {
                    discard(other);
                }
            }
        }
    }
}
