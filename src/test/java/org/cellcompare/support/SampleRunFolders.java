package org.cellcompare.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A fresh copy of the shipped sample and an empty output folder for one in-context run; the
 * job repository of the whole test class lives in an H2 file beside them, as it does for users.
 */
public record SampleRunFolders(Path input, Path output) {

    public static SampleRunFolders in(Path folder) throws IOException {
        Path run = Files.createTempDirectory(folder, "run");
        return new SampleRunFolders(TestFiles.copySample(run.resolve("input")),
                Files.createDirectories(run.resolve("output")));
    }

    public static void historyDatabase(DynamicPropertyRegistry registry, Path folder) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + folder.resolve("db/history") + ";DB_CLOSE_ON_EXIT=FALSE");
    }
}
