package org.cellcompare.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The one sentence for a run that had to stop for a reason outside the input: memory, disk, or a
 * database that closed under it. Raw H2 or SQL text helps nobody who runs the job once a month.
 */
public final class RunFailures {

    /** H2's error codes: the database was closed under the run; a file it reads is corrupted. */
    private static final int DATABASE_CLOSED = 90098;
    private static final int DATABASE_ALREADY_CLOSED = 90121;
    /** Less room than this on the output's disk after a failure is taken to be its cause. */
    private static final long NEARLY_FULL_BYTES = 1 << 20;

    private RunFailures() {
    }

    /** The sentence for this failure, or nothing when it is none of the kinds known here. */
    public static Optional<String> sentence(Throwable failure, String output) {
        return failure == null ? Optional.empty() : sentence(List.of(failure), output);
    }

    /**
     * The sentence for a run that failed in several places at once, as a run does when one of its
     * threads runs out of memory and the others then find the database closed: the cause is
     * looked for in all of them before its consequences are.
     */
    public static Optional<String> sentence(List<Throwable> failures, String output) {
        if (failures.stream().anyMatch(failure -> has(failure, OutOfMemoryError.class))) {
            MemoryWatch.sawOutOfMemory();
            return Optional.of(notEnoughMemory());
        }
        if (failures.stream().anyMatch(RunFailures::isDiskFull) || hasNoRoomLeft(output)) {
            return Optional.of("The disk is full: CellCompare could not write to " + output + ". Free some space (or choose"
                    + " another --output), then run the same command again; the run goes on where it stopped.");
        }
        if (failures.stream().anyMatch(RunFailures::isDatabaseClosed)) {
            return Optional.of(MemoryWatch.ranShort() ? notEnoughMemory()
                    : "The run history database closed while the run was using it, most often because the disk filled up"
                            + " or another program removed its file; check both, then run the same command again to resume.");
        }
        return Optional.empty();
    }

    static String notEnoughMemory() {
        long now = MemoryWatch.heapMegabytes();
        String more = now >= 1024 ? "-Xmx" + Math.max(2, 2 * ((now + 1023) / 1024)) + "g" : "-Xmx1g";
        return "Not enough memory: this run had " + now + " MB and needed more. Give Java more with " + more
                + " (java " + more + " -jar cellcompare.jar ..., or CELLCOMPARE_JAVA_OPTS=" + more
                + " for the cellcompare launch script), then run again; it goes on where it stopped.";
    }

    /**
     * Whether the output folder's disk is all but full. Some writers drop the disk's own complaint
     * from what they throw (POI says only that a part "failed to be saved", H2 that it had a
     * general error), so the disk is asked too.
     */
    private static boolean hasNoRoomLeft(String output) {
        if (output == null || output.isEmpty()) {
            return false;
        }
        try {
            return Files.getFileStore(Path.of(output)).getUsableSpace() < NEARLY_FULL_BYTES;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean isDiskFull(Throwable failure) {
        for (Throwable t = failure; t != null; t = next(t)) {
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("no space left on device") || message.contains("not enough space on the disk")
                    || message.contains("disk quota exceeded")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDatabaseClosed(Throwable failure) {
        for (Throwable t = failure; t != null; t = next(t)) {
            if (t instanceof SQLException sql && (sql.getErrorCode() == DATABASE_CLOSED
                    || sql.getErrorCode() == DATABASE_ALREADY_CLOSED)) {
                return true;
            }
        }
        return false;
    }

    private static boolean has(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = next(t)) {
            if (type.isInstance(t)) {
                return true;
            }
            for (Throwable suppressed : t.getSuppressed()) {
                if (type.isInstance(suppressed)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Throwable next(Throwable t) {
        return t.getCause() == t ? null : t.getCause();
    }
}
