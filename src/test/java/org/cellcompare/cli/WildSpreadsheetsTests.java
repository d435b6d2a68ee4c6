package org.cellcompare.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cellcompare.support.TestFiles.row;
import static org.cellcompare.support.TestFiles.sheets;

import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.opencsv.CSVReaderHeaderAware;

import org.cellcompare.support.OpenedWorkbook;
import org.cellcompare.support.TestFiles;

/**
 * Apache POI's own odd, encrypted, old, fuzzed and hostile spreadsheets (Apache License 2.0),
 * dropped among good offering files: each is read, or becomes one clear Input problem of the kind
 * INDEX.csv expects, and the good files' rows all still appear.
 */
class WildSpreadsheetsTests {

    private static final Path CORPUS = Path.of("src/test/resources/peer/poi-spreadsheets");
    /**
     * Where CellCompare promises more than POI's usermodel, which INDEX.csv describes: the streaming
     * reader it uses reads Strict OOXML.
     */
    private static final Map<String, String> READ_DIFFERENTLY = Map.of("SampleSS.strict.xlsx", "read ok");

    @TempDir
    static Path folder;

    static List<Map<String, String>> problems;
    static List<Map<String, String>> clinics;
    static int status;

    @BeforeAll
    static void runTheJobOnTheCorpusAndTwoGoodFiles() throws Exception {
        Path input = folder.resolve("input");
        Path offerings = Files.createDirectories(input.resolve("offerings"));
        try (var files = Files.list(CORPUS)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (!name.equals("INDEX.csv") && !name.endsWith(".txt")) {
                    Files.copy(file, offerings.resolve(name));
                }
            }
        }
        TestFiles.xlsx(offerings.resolve("good-clinics.xlsx"), sheets("Clinics", List.of(
                row("Provider", "Country", "Price", "Last verified"),
                row("Good Clinic One", "Thailand", "฿300,000", "2026-10-01"),
                row("Good Clinic Two", "Mexico", "USD 14,000", "2026-10-01"))));
        Files.writeString(offerings.resolve("good-trials.csv"), "Sponsor,Registration,Country\nGood Trial Hospital,NCT04512345,United States\n");
        TestFiles.copyTree(Path.of("input/rates"), input.resolve("rates"));
        Path output = folder.resolve("output");

        ByteArrayOutputStream err = new ByteArrayOutputStream();
        status = new CommandLine(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8))
                .run("--input=" + input, "--output=" + output, "--month=2026-11");
        try (OpenedWorkbook book = OpenedWorkbook.open(output.resolve("cellcompare-2026-11.xlsx"))) {
            problems = book.table("Input problems");
            clinics = book.table("Commercial clinics");
            assertThat(book.table("Registered trials")).extracting(r -> r.get("Provider")).containsExactly("Good Trial Hospital");
        }
    }

    @Test
    void theRunSucceedsAndTheGoodFilesRowsAllAppear() {
        assertThat(status).isZero();
        assertThat(clinics).extracting(r -> r.get("Provider")).containsExactlyInAnyOrder("Good Clinic One", "Good Clinic Two");
    }

    @Test
    void eachFileIsReadOrIsOneClearProblemOfTheExpectedKind() throws Exception {
        for (Map.Entry<String, String> entry : index().entrySet()) {
            String file = entry.getKey();
            String expected = READ_DIFFERENTLY.getOrDefault(file, entry.getValue());
            List<Map<String, String>> notRead = problems.stream()
                    .filter(p -> p.get("File").equals(file) && p.get("Outcome").equals("File not read")).toList();
            if (expected.equals("read ok")) {
                assertThat(notRead).as(file).isEmpty();
                continue;
            }
            assertThat(notRead).as(file).hasSize(1);
            String reason = notRead.get(0).get("Reason");
            String fix = notRead.get(0).get("How to fix");
            assertThat(fix).as(file).isNotBlank();
            switch (expected) {
                case "clear error: encrypted" -> assertThat(reason).as(file).startsWith("The file is encrypted");
                case "clear error: corrupt" -> assertThat(reason).as(file).startsWith("The file is damaged");
                case "clear error: unsupported format" -> assertThat(reason).as(file)
                        .startsWith("The file is saved in a format CellCompare cannot read");
                default -> throw new AssertionError("unexpected expectation " + expected);
            }
        }
    }

    private static Map<String, String> index() throws Exception {
        Map<String, String> expected = new LinkedHashMap<>();
        try (Reader reader = new InputStreamReader(Files.newInputStream(CORPUS.resolve("INDEX.csv")), StandardCharsets.UTF_8);
             CSVReaderHeaderAware csv = new CSVReaderHeaderAware(reader)) {
            Map<String, String> row;
            while ((row = csv.readMap()) != null) {
                expected.put(row.get("file"), row.get("expected_reader_behaviour"));
            }
        }
        return expected;
    }
}
