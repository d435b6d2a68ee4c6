package org.cellcompare.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How far the reading of offerings has got, said in the log every few seconds: rows read so far
 * in all, per file being read, rows per second, and about how long is left. The rows a file
 * holds are estimated from its size and the bytes per row of files of its kind already read, so
 * the estimate sharpens as files finish. Partitions report once per chunk, so keeping count
 * costs nothing a run would notice.
 */
class IngestProgress {

    private static final Logger log = LoggerFactory.getLogger(IngestProgress.class);
    /** Bytes per row before any file of a kind has been read: typical of analysts' files. */
    private static final Map<String, Double> FIRST_GUESS = Map.of("csv", 200.0, "xlsx", 70.0, "xls", 120.0);

    private final long intervalNanos;
    private final Map<String, FileProgress> files = new LinkedHashMap<>();
    private long started;
    private long lastLine;

    IngestProgress(int progressSeconds) {
        this.intervalNanos = Duration.ofSeconds(progressSeconds).toNanos();
    }

    private static final class FileProgress {
        final String kind;
        final long bytes;
        long rows;
        boolean done;
        boolean reading;

        FileProgress(String kind, long bytes) {
            this.kind = kind;
            this.bytes = bytes;
        }
    }

    synchronized void start(List<Path> offeringFiles) {
        files.clear();
        for (Path file : offeringFiles) {
            String name = file.getFileName().toString();
            String kind = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            files.put(name, new FileProgress(kind, size(file)));
        }
        started = System.nanoTime();
        lastLine = started;
    }

    synchronized void advance(String file, long rows) {
        FileProgress progress = files.get(file);
        if (progress != null) {
            progress.rows += rows;
            progress.reading = true;
        }
        long now = System.nanoTime();
        if (now - lastLine >= intervalNanos) {
            lastLine = now;
            log.info(line(now));
        }
    }

    synchronized void finish(String file) {
        FileProgress progress = files.get(file);
        if (progress != null) {
            progress.done = true;
            progress.reading = false;
        }
    }

    private String line(long now) {
        long read = files.values().stream().mapToLong(f -> f.rows).sum();
        long expected = Math.max(read, files.values().stream().mapToLong(this::expectedRows).sum());
        double seconds = Math.max((now - started) / 1e9, 0.001);
        double perSecond = read / seconds;
        String reading = files.entrySet().stream().filter(e -> e.getValue().reading)
                .map(e -> String.format(Locale.ROOT, "%s %,d", e.getKey(), e.getValue().rows))
                .collect(Collectors.joining(", "));
        long secondsLeft = perSecond < 1 ? -1 : Math.round((expected - read) / perSecond);
        return String.format(Locale.ROOT, "Reading offerings: %,d of about %,d rows (%d%%), %,.0f rows/s, %s%s", read,
                expected, expected == 0 ? 0 : read * 100 / expected, perSecond,
                secondsLeft < 0 ? "time left not yet known" : "about " + duration(secondsLeft) + " left",
                reading.isEmpty() ? "" : "; reading " + reading);
    }

    /** A finished file's rows; otherwise its size over the bytes per row of finished files of its kind. */
    private long expectedRows(FileProgress file) {
        if (file.done) {
            return file.rows;
        }
        long doneBytes = 0;
        long doneRows = 0;
        for (FileProgress other : files.values()) {
            if (other.done && other.kind.equals(file.kind) && other.rows > 0) {
                doneBytes += other.bytes;
                doneRows += other.rows;
            }
        }
        double bytesPerRow = doneRows > 0 ? (double) doneBytes / doneRows : FIRST_GUESS.getOrDefault(file.kind, 150.0);
        return Math.max(file.rows, Math.round(file.bytes / bytesPerRow));
    }

    private static String duration(long seconds) {
        if (seconds < 60) {
            return seconds + " s";
        }
        return seconds / 60 + " min " + seconds % 60 + " s";
    }

    /** A file that cannot even be measured counts as empty here; Input problems says what is wrong with it. */
    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
