package org.cellcompare.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cellcompare.support.TestFiles.row;
import static org.cellcompare.support.TestFiles.sheets;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.cellcompare.support.OpenedWorkbook;
import org.cellcompare.support.TestFiles;

/**
 * The trip estimate as families and analysts meet it: the whole job run on a month of offerings
 * with the State Department's real April 2026 per diem file in {@code input/travel/}, and the
 * workbook opened with POI. The arithmetic is written out beside each figure.
 */
class TripEstimateTests {

    private static final Path APRIL = Path.of("src/test/resources/travel/foreign-per-diem-2026-04.csv");
    private static final String WORKBOOK = "cellcompare-2026-11.xlsx";

    @TempDir
    Path folder;

    private Path input;
    private Path output;
    private InProcessRun command;

    @BeforeEach
    void monthWithStayCosts() throws Exception {
        input = folder.resolve("input");
        output = folder.resolve("output");
        command = new InProcessRun(input, output);
        TestFiles.copyTree(Path.of("input/rates"), input.resolve("rates"));
        Files.createDirectories(input.resolve("travel"));
        Files.copy(APRIL, input.resolve("travel").resolve(APRIL.getFileName()));
        TestFiles.xlsx(input.resolve("offerings/month.xlsx"), sheets("Clinics", List.of(
                row("Provider", "Country", "City", "Program", "Price", "Duration", "Includes", "Cell source", "Route",
                        "Last verified"),
                row("Pattaya Long Stay", "Thailand", "Pattaya", "14-day programme", "USD 10,000", "", "physiotherapy",
                        "UC-MSC", "IV", "2026-10-01"),
                row("Pattaya Short Stay", "Thailand", "Pattaya", "Neuro course", "USD 11,000", "4 days", "", "UC-MSC", "IV",
                        "2026-10-01"),
                row("Beijing Housed", "China", "Beijing", "Neuro programme", "USD 20,000", "6 weeks", "hotel, meals",
                        "UC-MSC", "IV", "2026-10-01"),
                row("Panama Unknown Stay", "Panama", "Panama City", "CP protocol", "USD 9,000", "", "", "UC-MSC", "IV",
                        "2026-10-01"))));
    }

    @Test
    void eachClinicShowsItsTripEstimateAndWhatItCoversButIsRankedByCourseCost() throws Exception {
        assertThat(command.run("--month=2026-11")).as(command.stderr()).isZero();

        try (OpenedWorkbook book = OpenedWorkbook.open(output.resolve(WORKBOOK))) {
            List<Map<String, String>> clinics = book.table("Commercial clinics");
            assertThat(clinics).extracting(row -> row.get("Provider")).as("by course cost, not by the estimate")
                    .containsExactly("Panama Unknown Stay", "Pattaya Long Stay", "Pattaya Short Stay", "Beijing Housed");

            // Thailand [Other] (Pattaya is not listed): lodging 99, M&IE 63; 14 days + 2 travel days, 2 travellers
            assertThat(tripCell(book, "Pattaya Long Stay").getNumericCellValue()).isEqualTo(10_000 + 16 * 99 + 16 * 63 * 2);
            assertThat(clinics.get(1).get("What the trip estimate covers"))
                    .isEqualTo("course + 16 days in Thailand for 2; flights not included");
            // 4 days + 2 travel days
            assertThat(tripCell(book, "Pattaya Short Stay").getNumericCellValue()).isEqualTo(11_000 + 6 * 99 + 6 * 63 * 2);
            // Beijing: lodging 255, M&IE 142; 42 days + 2, the hotel in the package for the 42
            assertThat(tripCell(book, "Beijing Housed").getNumericCellValue()).isEqualTo(20_000 + 2 * 255 + 44 * 142 * 2);
            assertThat(clinics.get(3).get("What the trip estimate covers"))
                    .isEqualTo("course + 44 days in Beijing for 2, lodging for 42 of them in the package; flights not included");

            Cell unknown = tripCell(book, "Panama Unknown Stay");
            assertThat(unknown.getCellType()).as("never 0").isEqualTo(CellType.STRING);
            assertThat(book.text(unknown)).isEqualTo("stay unknown");
            assertThat(clinics.get(0).get("What the trip estimate covers")).as("the cell before says it").isEmpty();

            List<String> family = book.lines("Compare offers");
            assertThat(family).anySatisfy(line -> assertThat(line).contains("Pattaya Long Stay", "$10,000",
                    "about 13,600 USD: course + 16 days in Thailand for 2; flights not included"));
            assertThat(family).anySatisfy(line -> assertThat(line).contains("Panama Unknown Stay", "Stay unknown"));
            assertThat(book.headers("Commercial clinics")).containsSubsequence("Course cost (USD)", "Trip estimate (USD)");
        }
    }

    @Test
    void summaryReadMeAndStayCostsSayWhereTheFiguresComeFrom() throws Exception {
        assertThat(command.run("--month=2026-11")).as(command.stderr()).isZero();

        try (OpenedWorkbook book = OpenedWorkbook.open(output.resolve(WORKBOOK))) {
            List<String> summary = book.lines("Summary");
            int trips = summary.indexOf("Trip estimate of commercial clinics by country (USD)");
            assertThat(trips).isPositive();
            assertThat(summary.subList(trips, summary.size())).anySatisfy(line -> assertThat(line)
                    .startsWith("Thailand | 2 | 0 | $12,350 | $12,975 | $13,600"));
            assertThat(summary.subList(trips, summary.size())).anySatisfy(line -> assertThat(line).contains(
                    "1 commercial clinic has no estimate"));

            assertThat(book.lines("Read me first")).anySatisfy(line -> assertThat(line).contains(
                    "U.S. Department of State", "published 2026-04-01", "travel/foreign-per-diem-2026-04.csv",
                    "rough guide, not a quote"));

            List<Map<String, String>> stay = book.table("Stay costs", 3);
            assertThat(stay).extracting(row -> row.get("Country") + " / " + row.get("Place") + " / "
                            + row.get("Lodging a night (USD)") + " / " + row.get("M&IE a traveller a day (USD)") + " / "
                            + row.get("Offers estimated with it"))
                    .contains("China / Beijing / 255.00 / 142.00 / 1", "Thailand / Rest of the country / 99.00 / 63.00 / 2");
        }
    }

    @Test
    void flightsAndTravellersAreAddedWhenGiven() throws Exception {
        Files.writeString(input.resolve("travel/flights.csv"), """
                country,return_fare,currency,date,source
                Thailand,1200,USD,2026-11-02,airline quote from Lima
                """, StandardCharsets.UTF_8);

        assertThat(command.run("--month=2026-11", "--travellers=3")).as(command.stderr()).isZero();

        try (OpenedWorkbook book = OpenedWorkbook.open(output.resolve(WORKBOOK))) {
            // 16 days × 99 lodging + 16 × 63 M&IE × 3 travellers + 1,200 return fare × 3
            assertThat(tripCell(book, "Pattaya Long Stay").getNumericCellValue())
                    .isEqualTo(10_000 + 16 * 99 + 16 * 63 * 3 + 1_200 * 3);
            assertThat(book.table("Commercial clinics").get(1).get("What the trip estimate covers"))
                    .isEqualTo("course + 16 days in Thailand for 3; return flights for 3 included");
            assertThat(book.table("Commercial clinics").get(3).get("What the trip estimate covers"))
                    .as("no fare for China").endsWith("; flights not included");
            assertThat(book.lines("Stay costs")).anySatisfy(line -> assertThat(line).startsWith("Thailand | 1,200.00 | USD"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a page of HTML where the file should be | <html><body>Service unavailable</body></html>
            the wrong columns                       | Nation,City,Rate\\nTHAILAND,[Other],99
            """)
    void aBadPerDiemFileIsAnInputProblemAndTheMonthGoesOnWithoutEstimates(String what, String content) throws Exception {
        Files.delete(input.resolve("travel").resolve(APRIL.getFileName()));
        Files.writeString(input.resolve("travel/foreign-per-diem.csv"), content.replace("\\n", "\n"), StandardCharsets.UTF_8);

        assertThat(command.run("--month=2026-11")).as(command.stderr()).isZero();

        try (OpenedWorkbook book = OpenedWorkbook.open(output.resolve(WORKBOOK))) {
            assertThat(book.table("Input problems")).anySatisfy(problem -> assertThat(problem.values())
                    .contains("travel/foreign-per-diem.csv"));
            assertThat(book.table("Commercial clinics")).hasSize(4).allSatisfy(clinic -> {
                assertThat(clinic.get("Trip estimate (USD)")).isIn("no stay costs", "stay unknown");
                assertThat(clinic.get("Course cost (USD)")).startsWith("$");
            });
            assertThat(book.lines("Read me first")).anySatisfy(line -> assertThat(line).contains("No trip estimates this month"));
        }
    }

    @Test
    void whenTheDownloadFailsAndNoFileIsThereReadMeSaysSoWithoutAdvisingTheSameDownload() throws Exception {
        Files.delete(input.resolve("travel").resolve(APRIL.getFileName()));

        // port 9 (discard) is closed on loopback: the download fails at once, as with no network
        assertThat(command.run("--month=2026-11", "--update-travel", "--travel-url=http://127.0.0.1:9/per-diem.csv"))
                .as(command.stderr()).isZero();

        try (OpenedWorkbook book = OpenedWorkbook.open(output.resolve(WORKBOOK))) {
            assertThat(book.lines("Read me first")).anySatisfy(line -> assertThat(line)
                    .contains("downloading the U.S. Department of State's per diem rates failed", "127.0.0.1"));
            assertThat(book.table("Commercial clinics")).allSatisfy(clinic -> assertThat(clinic.get("Trip estimate (USD)"))
                    .isIn("no stay costs", "stay unknown"));
        }
    }

    @Test
    void inSpanishTheEstimateSaysWhatItCoversInSpanish() throws Exception {
        assertThat(command.run("--month=2026-11", "--locale=es")).as(command.stderr()).isZero();

        try (OpenedWorkbook book = OpenedWorkbook.open(output.resolve(WORKBOOK))) {
            List<Map<String, String>> clinics = book.table("Clínicas comerciales");
            assertThat(clinics.get(1).get("Qué cubre la estimación del viaje"))
                    .isEqualTo("curso + 16 días en Tailandia para 2; vuelos no incluidos");
            assertThat(clinics.get(0).get("Estimación del viaje (USD)")).isEqualTo("estancia desconocida");
            assertThat(clinics.get(3).get("Qué cubre la estimación del viaje"))
                    .contains("con alojamiento de 42 de ellos incluido en el paquete");
            assertThat(book.lines("Comparar ofertas")).anySatisfy(line -> assertThat(line)
                    .contains("aprox. 13,600 USD: curso + 16 días en Tailandia para 2; vuelos no incluidos"));
            assertThat(book.sheetNames()).contains("Costos de estancia");
            assertThat(book.lines("Léame primero")).anySatisfy(line -> assertThat(line)
                    .contains("Departamento de Estado", "guía aproximada, no un presupuesto"));
        }
    }

    private static Cell tripCell(OpenedWorkbook book, String provider) {
        Row row = book.rowWhere("Commercial clinics", "Provider", provider);
        return book.cell("Commercial clinics", row, "Trip estimate (USD)");
    }
}
