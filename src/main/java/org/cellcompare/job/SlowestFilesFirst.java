package org.cellcompare.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.batch.core.partition.support.TaskExecutorPartitionHandler;
import org.springframework.batch.core.step.StepExecution;

import org.cellcompare.ingest.OfferingFiles;

/**
 * Starts the offering files that take longest to read first. Spring Batch hands its partitions
 * over in no particular order, and a large spreadsheet left to the end is read on one core while
 * the other waits; started first, it overlaps the quick files instead.
 */
class SlowestFilesFirst extends TaskExecutorPartitionHandler {

    /** Reading time per byte, relative to CSV: a zipped spreadsheet packs several times more rows into a byte. */
    private static final Map<String, Double> EFFORT_PER_BYTE = Map.of("xlsx", 5.0, "xls", 2.0);

    @Override
    protected Set<StepExecution> doHandle(StepExecution manager, Set<StepExecution> partitions) throws Exception {
        List<StepExecution> slowestFirst = new ArrayList<>(partitions);
        slowestFirst.sort(Comparator.comparingDouble(SlowestFilesFirst::effort).reversed()
                .thenComparing(StepExecution::getStepName));
        return super.doHandle(manager, new LinkedHashSet<>(slowestFirst));
    }

    static double effort(StepExecution partition) {
        Path file = Path.of(partition.getExecutionContext().getString(OfferingFiles.FILE_KEY));
        String name = file.getFileName().toString();
        String kind = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return size(file) * EFFORT_PER_BYTE.getOrDefault(kind, 1.0);
    }

    /** A file that cannot be measured goes last; reading it says what is wrong. */
    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
