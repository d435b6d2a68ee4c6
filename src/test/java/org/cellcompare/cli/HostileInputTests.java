package org.cellcompare.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cellcompare.support.TestFiles.row;
import static org.cellcompare.support.TestFiles.sheets;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.cellcompare.support.ForkedRun;
import org.cellcompare.support.HostileFiles;
import org.cellcompare.support.OpenedWorkbook;
import org.cellcompare.support.TestFiles;

/**
 * Files made to hurt a reader, among a good one, run in a JVM with a small heap: each is rejected
 * or read within bounds with a clear line in Input problems, and the run still writes its workbook.
 */
class HostileInputTests {

    @TempDir
    Path folder;

    @Tag("forked") // a JVM of its own with a 128 MB heap: ./mvnw verify -Pforked-tests
    @Test
    void rejectsOrBoundsEveryHostileFileInASmallHeap() throws Exception {
        Path input = folder.resolve("input");
        Path offerings = Files.createDirectories(input.resolve("offerings"));
        TestFiles.copyTree(Path.of("input/rates"), input.resolve("rates"));
        TestFiles.xlsx(offerings.resolve("good.xlsx"), sheets("Clinics", List.of(
                row("Provider", "Country", "Price"), row("Good Clinic", "Mexico", "USD 14,000"))));
        HostileFiles.zipBomb(offerings.resolve("zip-bomb.xlsx"));
        HostileFiles.wideSheet(offerings.resolve("wide.xlsx"));
        HostileFiles.millionRows(offerings.resolve("million-rows.xlsx"));
        HostileFiles.hugeCell(offerings.resolve("huge-cell.csv"));
        HostileFiles.unterminatedQuote(offerings.resolve("unterminated.csv"));
        Files.copy(Path.of("src/test/resources/peer/poi-spreadsheets/poc-xmlbomb.xlsx"), offerings.resolve("xml-bomb.xlsx"));
        Path output = folder.resolve("output");

        try (ForkedRun run = ForkedRun.start("128m", "--input=" + input, "--output=" + output, "--month=2026-11")) {
            assertThat(run.exitStatus(240)).as(run.output()).isZero();
        }

        try (OpenedWorkbook book = OpenedWorkbook.open(output.resolve("cellcompare-2026-11.xlsx"))) {
            List<Map<String, String>> problems = book.table("Input problems");
            assertThat(notRead(problems, "zip-bomb.xlsx")).contains("unsafe");
            assertThat(notRead(problems, "xml-bomb.xlsx")).contains("unsafe");
            assertThat(notRead(problems, "huge-cell.csv")).contains("longer than 1,000,000 characters");
            assertThat(notRead(problems, "unterminated.csv")).contains("quoted value is never closed");
            assertThat(problems).anySatisfy(p -> {
                assertThat(p.get("File")).isEqualTo("wide.xlsx");
                assertThat(p.get("Reason")).contains("beyond column 256");
            });
            assertThat(book.table("Commercial clinics")).extracting(r -> r.get("Provider"))
                    .containsExactlyInAnyOrder("Good Clinic", "Wide Clinic", "Far Clinic");
        }
    }

    private static String notRead(List<Map<String, String>> problems, String file) {
        List<Map<String, String>> entries = problems.stream()
                .filter(p -> p.get("File").equals(file) && p.get("Outcome").equals("File not read")).toList();
        assertThat(entries).as(file).hasSize(1);
        return entries.get(0).get("Reason");
    }
}
