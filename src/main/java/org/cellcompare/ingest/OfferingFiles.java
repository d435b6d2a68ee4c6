package org.cellcompare.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * The files in {@code input/offerings/}, one partition each, so files are read side by side.
 * Hidden files and Office's lock files ({@code ~$name.xlsx}) are not offerings; every other file
 * is read, or reported as unreadable.
 */
public class OfferingFiles implements Partitioner {

    public static final String FILE_KEY = "file";
    private static final Logger log = LoggerFactory.getLogger(OfferingFiles.class);

    private final Path folder;

    public OfferingFiles(Path folder) {
        this.folder = folder;
    }

    public List<Path> list() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).filter(this::isOfferingCandidate).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + folder, e);
        }
    }

    private boolean isOfferingCandidate(Path file) {
        String name = file.getFileName().toString();
        if (name.startsWith(".") || name.startsWith("~$")) {
            log.info("Skipping {}: a hidden or lock file, not an offering file", name);
            return false;
        }
        return true;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        for (Path file : list()) {
            ExecutionContext context = new ExecutionContext();
            context.putString(FILE_KEY, file.toAbsolutePath().toString());
            partitions.put("file:" + file.getFileName(), context);
        }
        return partitions;
    }
}
