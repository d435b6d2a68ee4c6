package org.cellcompare.files;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.stream.Stream;

import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;

/**
 * The run's own folder for temporary files, {@code OUTPUT/.cellcompare/tmp}: the sheets POI
 * streams out while the workbook is written, and the workbook itself until it is moved into
 * place. POI's default is {@code /tmp/poifiles}, a folder owned by whichever user ran first, so a
 * second user of the machine could not write a workbook at all. The folder is emptied when the
 * run starts (a run killed outright leaves its files; the output folder's lock says no other run
 * is using them), when it ends, and when the process is asked to stop.
 */
public final class WorkFolder implements AutoCloseable {

    private final Path folder;
    private final Thread cleanUpOnStop;

    private WorkFolder(Path folder) {
        this.folder = folder;
        this.cleanUpOnStop = new Thread(this::empty, "remove-work-files");
    }

    /** Takes the folder for this run, emptied of what an earlier run left. Call with the output folder's lock held. */
    public static WorkFolder claim(Path stateFolder) throws IOException {
        WorkFolder work = new WorkFolder(stateFolder.resolve("tmp"));
        work.empty();
        Files.createDirectories(work.folder);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(work.folder, PosixFilePermissions.fromString("rwx------"));
        }
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(work.folder.toFile()));
        Runtime.getRuntime().addShutdownHook(work.cleanUpOnStop);
        return work;
    }

    public Path path() {
        return folder;
    }

    @Override
    public void close() {
        empty();
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy());
        try {
            Runtime.getRuntime().removeShutdownHook(cleanUpOnStop);
        } catch (IllegalStateException e) {
            // already shutting down: the hook runs anyway
        }
    }

    private void empty() {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).filter(path -> !path.equals(folder)).forEach(WorkFolder::delete);
        } catch (IOException e) {
            // what cannot be removed now is removed when the next run starts
        }
    }

    private static void delete(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // as above
        }
    }
}
