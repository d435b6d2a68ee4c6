package org.cellcompare.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cellcompare.support.TestFiles.row;
import static org.cellcompare.support.TestFiles.sheets;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.cellcompare.cli.CommandLine;
import org.cellcompare.support.OpenedWorkbook;
import org.cellcompare.support.TestFiles;

/**
 * The month run end to end on workbooks laid out as analysts keep them: a country merged down
 * over its clinics, their prices bare numbers, their "Last verified" dates typed into cells
 * formatted General. The workbook a family opens shows each clinic in its country, priced in its
 * country's currency, checked on the day the analyst typed.
 */
class MergedCountryAndSerialDateRunTests {

    private static final Path ECB_RATES = Path.of("src/test/resources/fixtures/ecb/eurofxref-hist.csv");

    @TempDir
    Path folder;

    @Test
    void rowsUnderAMergedCountryArePricedInItsCurrencyAndKeepTheirDates() throws Exception {
        Path input = folder.resolve("input");
        Path offerings = Files.createDirectories(input.resolve("offerings"));
        // the ECB's rates as published up to 2026-04-13, kept unchanged, so the amounts below stay put
        Files.copy(ECB_RATES, Files.createDirectories(input.resolve("rates")).resolve("eurofxref-hist.csv"));
        TestFiles.xlsx(offerings.resolve("asia.xlsx"), sheets("Clinics", List.of(
                row("Clinics in Asia, checked by Ana"),
                row("Provider", "Country", "City", "Price", "Last verified"),
                row("Sunrise Clinic", "Thailand", "Bangkok", 450000, 46120),
                row("Chao Phraya Stem Cells", null, "Bangkok", 380000, 46120),
                row("Mekong Regen", null, "Chiang Mai", 500000, 46120),
                row("Saigon Cell Center", "Vietnam", "Ho Chi Minh City", "USD 14,000", 46120))));
        TestFiles.merge(offerings.resolve("asia.xlsx"), "Clinics", "A1:E1", "B3:B5");
        TestFiles.xls(offerings.resolve("americas.xls"), sheets("Clinics", List.of(
                row("Provider", "Country", "Price", "Last verified"),
                row("Baja Cell Institute", "Mexico", "USD 9,000", 46120),
                row("Tijuana Neuro", null, "USD 12,000", 46120),
                row("Panama Regen", "Panama", "USD 15,000", 46120))));
        TestFiles.merge(offerings.resolve("americas.xls"), "Clinics", "B2:B3");
        Path output = folder.resolve("output");

        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new CommandLine(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8))
                .run("--input=" + input, "--output=" + output, "--month=2026-11");

        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
        try (OpenedWorkbook book = OpenedWorkbook.open(output.resolve("cellcompare-2026-11.xlsx"))) {
            List<Map<String, String>> clinics = book.table("Commercial clinics");
            // baht at the ECB's rates of 2026-04-13: 37.728 THB and 1.1684 USD to the euro
            assertThat(clinics).extracting(r -> String.join(" | ", r.get("Provider"), r.get("Country"),
                    r.get("Price as advertised"), r.get("Course cost (USD)"), r.get("Last verified"))).containsExactlyInAnyOrder(
                    "Sunrise Clinic | Thailand | 450000 | $13,936 | 2026-04-08",
                    "Chao Phraya Stem Cells | Thailand | 380000 | $11,768 | 2026-04-08",
                    "Mekong Regen | Thailand | 500000 | $15,485 | 2026-04-08",
                    "Saigon Cell Center | Vietnam | USD 14,000 | $14,000 | 2026-04-08",
                    "Baja Cell Institute | Mexico | USD 9,000 | $9,000 | 2026-04-08",
                    "Tijuana Neuro | Mexico | USD 12,000 | $12,000 | 2026-04-08",
                    "Panama Regen | Panama | USD 15,000 | $15,000 | 2026-04-08");
            assertThat(clinics).extracting(r -> r.get("Flags"))
                    .noneMatch(flags -> flags.contains("PRICE_OUTLIER") || flags.contains("COUNTRY_NOT_STATED")
                            || flags.contains("STALE_INFORMATION"));
            assertThat(clinics).extracting(r -> r.get("Why this rank")).noneMatch(why -> why.contains("USD"));
            assertThat(book.table("Input problems")).singleElement()
                    .satisfies(line -> assertThat(line.get("File")).startsWith("No input problems"));
        }
    }
}
