package org.cellcompare.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import org.cellcompare.files.FolderEntries;
import org.cellcompare.files.FolderEntries.Entry;
import org.cellcompare.files.FolderEntries.Kind;

/**
 * The files in {@code input/offerings/}, one partition each, so files are read side by side.
 * Hidden files and Office's lock files ({@code ~$name.xlsx}) are not offerings; every other file
 * is read, or reported as unreadable, and every entry that is not a file to read (a folder, a
 * link that leads outside the input folder or nowhere, a named pipe) is one Input problems line.
 */
public class OfferingFiles implements Partitioner {

    public static final String FILE_KEY = "file";
    /** What Input problems calls the folder: paths are shown from the input folder, never from the server's root. */
    public static final String FOLDER_NAME = "offerings";
    /**
     * Spring Batch keeps a partition's step name in a column of 100 characters, and the manager
     * step's name and a colon come first: a file's name can be any length, so the partition is
     * named by the start of the file's name and a digest of all of it.
     */
    private static final int NAME_SHOWN = 40;

    private static final Logger log = LoggerFactory.getLogger(OfferingFiles.class);

    private final Path folder;

    public OfferingFiles(Path folder) {
        this.folder = folder;
    }

    public List<Path> list() {
        return entries().stream().filter(Entry::readable).map(Entry::path).toList();
    }

    /**
     * One line for each entry of the folder that is neither read nor deliberately passed over; a
     * hidden or lock file gets a line in the log.
     */
    public List<InputProblem> entriesNotRead() {
        List<Entry> entries = entries();
        entries.stream().filter(entry -> entry.kind() == Kind.HIDDEN)
                .forEach(entry -> log.info("Skipping {}: a hidden or lock file, not an offering file", entry.name()));
        return entries.stream()
                .filter(entry -> !entry.readable() && entry.kind() != Kind.HIDDEN)
                .map(entry -> InputProblem.forFile(FOLDER_NAME + "/" + entry.name() + (entry.kind() == Kind.FOLDER ? "/" : ""),
                        entry.kind().reason(), entry.kind().fix()))
                .toList();
    }

    private List<Entry> entries() {
        try {
            return FolderEntries.list(folder, folder.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + folder, e);
        }
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        for (Path file : list()) {
            ExecutionContext context = new ExecutionContext();
            context.putString(FILE_KEY, file.toAbsolutePath().toString());
            partitions.put(partitionName(file.getFileName().toString()), context);
        }
        return partitions;
    }

    /** Short, unique for the name, and free of line breaks and other control characters. */
    static String partitionName(String fileName) {
        StringBuilder shown = new StringBuilder();
        fileName.codePoints().takeWhile(c -> shown.length() + Character.charCount(c) <= NAME_SHOWN)
                .forEach(c -> shown.appendCodePoint(Character.isISOControl(c) ? '_' : c));
        return "file:" + shown + "#" + digest(fileName);
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
