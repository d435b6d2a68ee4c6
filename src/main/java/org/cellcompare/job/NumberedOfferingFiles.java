package org.cellcompare.job;

import java.nio.file.Path;
import java.util.Map;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import org.cellcompare.ingest.OfferingFiles;
import org.cellcompare.rank.OfferingFileNumbers;

/** One partition per offering file, each with the file's number in the run, under which its rows are staged. */
class NumberedOfferingFiles implements Partitioner {

    static final String NUMBER_KEY = "fileNumber";

    private final OfferingFiles files;
    private final OfferingFileNumbers numbers;
    private final long runId;

    NumberedOfferingFiles(OfferingFiles files, OfferingFileNumbers numbers, long runId) {
        this.files = files;
        this.numbers = numbers;
        this.runId = runId;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Map<String, ExecutionContext> partitions = files.partition(gridSize);
        partitions.values().forEach(context -> context.putInt(NUMBER_KEY,
                numbers.numberOf(runId, Path.of(context.getString(OfferingFiles.FILE_KEY)).getFileName().toString())));
        return partitions;
    }
}
