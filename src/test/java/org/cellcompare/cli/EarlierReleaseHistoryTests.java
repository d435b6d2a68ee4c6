package org.cellcompare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.cellcompare.support.OpenedWorkbook;
import org.cellcompare.support.TestFiles;

/**
 * A nonprofit's output folder holds months of history written by an earlier release, on the H2 it
 * shipped with. A release that brings a newer H2 must go on from those months, never take the file
 * for damaged nor start the history again.
 */
class EarlierReleaseHistoryTests {

    /** October's history as CellCompare on H2 2.4.240 left it; how it was made is in the folder's README. */
    private static final Path MADE_ON_H2_2_4_240 = Path.of("src/test/resources/fixtures/history/h2-2.4.240");

    @TempDir
    Path folder;

    @Test
    void novemberIsComparedWithTheOctoberAnEarlierH2Wrote() throws Exception {
        Path input = TestFiles.copySample(folder.resolve("input"));
        Path output = folder.resolve("output");
        Path state = Files.createDirectories(output.resolve(".cellcompare"));
        try (InputStream history = new GZIPInputStream(Files.newInputStream(MADE_ON_H2_2_4_240.resolve("history.mv.db.gz")))) {
            Files.copy(history, state.resolve("history.mv.db"));
        }
        Files.copy(MADE_ON_H2_2_4_240.resolve("finished-months.txt"), state.resolve("finished-months.txt"));
        InProcessRun november = new InProcessRun(input, output);

        assertThat(november.run("--month=2026-11")).as(november.stderr()).isZero();

        try (OpenedWorkbook book = OpenedWorkbook.open(output.resolve("cellcompare-2026-11.xlsx"))) {
            List<Map<String, String>> changes = book.table("Changes", 2);
            // October was run without latam-europa.csv: its offerings are new, and the one it shares
            // with another file is merged with that file's row, which moves its concern
            assertThat(changes).extracting(change -> change.get("Change") + " | " + change.get("Provider")).containsExactly(
                    "Concern changed | Pacific Cell Therapy",
                    "New offering | Centro Regenerativo Monterrey",
                    "New offering | Clínica Celular Bogotá",
                    "New offering | Clínica Vida Nueva",
                    "New offering | Hospital Universitario del Norte",
                    "New offering | Instituto Celular Panamá",
                    "New offering | Nicosia Stem Cell Institute",
                    "New offering | Rheinland Zellklinik",
                    "New offering | Santo Domingo Cell Institute");
            assertThat(book.lines("Summary")).contains("Compared with | 2026-10: " + changes.size() + " changes (see Changes)");
        }
    }
}
