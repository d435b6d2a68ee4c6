package org.cellcompare.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.core.task.SyncTaskExecutor;

import org.cellcompare.ingest.OfferingFiles;

class SlowestFilesFirstTests {

    @TempDir
    Path folder;

    @Test
    void startsTheFilesThatTakeLongestToReadFirstAndUnmeasurableOnesLast() throws Exception {
        JobExecution job = new JobExecution(1L, new JobInstance(1L, "monthly"), new JobParameters());
        Set<StepExecution> partitions = new HashSet<>();
        partitions.add(partition(job, "gone.csv", -1));
        partitions.add(partition(job, "small.csv", 1_000));
        partitions.add(partition(job, "survey.xlsx", 600));
        partitions.add(partition(job, "big.csv", 4_000));
        partitions.add(partition(job, "old.xls", 1_000));

        List<String> started = new ArrayList<>();
        Step step = mock(Step.class);
        doAnswer(call -> started.add(Path.of(call.<StepExecution>getArgument(0).getExecutionContext()
                .getString(OfferingFiles.FILE_KEY)).getFileName().toString())).when(step).execute(any());
        SlowestFilesFirst handler = new SlowestFilesFirst();
        handler.setStep(step);
        handler.setTaskExecutor(new SyncTaskExecutor());

        Set<StepExecution> finished = handler.doHandle(new StepExecution("ingestStep", job), partitions);

        // 4,000 bytes of CSV; 600 of xlsx count as 3,000; 1,000 of xls as 2,000
        assertThat(started).containsExactly("big.csv", "survey.xlsx", "old.xls", "small.csv", "gone.csv");
        assertThat(finished).containsExactlyInAnyOrderElementsOf(partitions);
    }

    private StepExecution partition(JobExecution job, String name, int bytes) throws Exception {
        Path file = folder.resolve(name);
        if (bytes >= 0) {
            Files.write(file, new byte[bytes]);
        }
        StepExecution partition = new StepExecution("ingestFileStep:" + name, job);
        partition.getExecutionContext().putString(OfferingFiles.FILE_KEY, file.toString());
        return partition;
    }
}
