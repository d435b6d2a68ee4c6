package org.cellcompare.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cellcompare.support.TestFiles.row;
import static org.cellcompare.support.TestFiles.sheets;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.cellcompare.normalize.Offering;
import org.cellcompare.support.Offerings;
import org.cellcompare.support.TestFiles;
import org.cellcompare.support.TestFiles.Formatted;

/**
 * A date typed into a cell formatted General shows as a bare serial number, {@code 46120}: in a
 * date column it is read as the day it stands for in the workbook's date system, when that day
 * lies from 1990 to a year after the report's month (November 2026 here, so up to 2027-11-30).
 * Any other number stays an Input problems line, as before.
 */
class SerialDateReadingTests {

    private static final String IMPLAUSIBLE = "A bare number, not a date: as an Excel date it would be ";
    private static final String NOT_A_DATE = "Not a date, so the row counts as never verified.";

    @TempDir
    Path folder;

    static Stream<Arguments> cells() {
        List<Arguments> table = List.of(
                // the cell, the workbook's date system, the day read (or blank), the start of the problem's reason
                arguments(46120, 1900, "2026-04-08", ""),
                arguments(44658, 1904, "2026-04-08", ""),
                arguments(46120.75, 1900, "2026-04-08", ""),
                arguments(new Formatted(46120, "0"), 1900, "2026-04-08", ""),
                arguments(new Formatted(46120, "#,##0"), 1900, "2026-04-08", ""),
                arguments(32874, 1900, "1990-01-01", ""),
                arguments(46721, 1900, "2027-11-30", ""),
                arguments(32873, 1900, "", IMPLAUSIBLE + "1989-12-31, outside 1990-01-01 to 2027-11-30"),
                arguments(46722, 1900, "", IMPLAUSIBLE + "2027-12-01, outside 1990-01-01 to 2027-11-30"),
                arguments(46120, 1904, "", IMPLAUSIBLE + "2030-04-09, outside 1990-01-01 to 2027-11-30"),
                arguments(2026, 1900, "", IMPLAUSIBLE + "1905-07-18"),
                arguments(20260315, 1900, "", NOT_A_DATE),
                arguments(-3, 1900, "", NOT_A_DATE),
                arguments("46120", 1900, "", NOT_A_DATE));
        return Stream.of("xlsx", "xls").flatMap(format -> table.stream().map(row -> {
            Object[] values = row.get();
            return arguments(format, values[0], values[1], values[2], values[3]);
        }));
    }

    @ParameterizedTest(name = "{0}, {1} in the {2} system: {3}")
    @MethodSource("cells")
    void aBareNumberInTheDateColumnIsADayWhenPlausible(String format, Object cell, int system, String day,
                                                       String reason) throws IOException {
        Map<String, List<List<Object>>> clinics = sheets("Clinics", List.of(
                row("Provider", "Country", "Price", "Last verified"),
                row("Sunrise Clinic", "Thailand", "฿450,000", cell)));
        Path file = folder.resolve("clinics." + format);
        if (format.equals("xls")) {
            TestFiles.xls(file, clinics);
        } else {
            TestFiles.xlsx(file, clinics);
        }
        if (system == 1904) {
            TestFiles.use1904Dates(file);
        }

        Offering offering = offering(file);

        assertThat(offering.lastVerified()).isEqualTo(day.isEmpty() ? null : LocalDate.parse(day));
        if (reason.isEmpty()) {
            assertThat(offering.problems()).isEmpty();
        } else {
            assertThat(offering.problems()).singleElement().satisfies(problem -> {
                assertThat(problem.column()).isEqualTo("Last verified");
                assertThat(problem.value()).isEqualTo(String.valueOf(cell));
                assertThat(problem.reason()).startsWith(reason);
                assertThat(problem.outcome()).isEqualTo(InputProblem.Outcome.VALUE_IGNORED);
            });
        }
    }

    @Test
    void aNumberInACsvIsOnlyText() throws IOException {
        // a CSV has no date system to count days in, and a number there is as likely a year or a count
        Path file = Files.writeString(folder.resolve("clinics.csv"),
                "Provider,Country,Price,Last verified\nSunrise Clinic,Thailand,\"฿450,000\",46120\n", StandardCharsets.UTF_8);

        Offering offering = offering(file);

        assertThat(offering.lastVerified()).isNull();
        assertThat(offering.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.value()).isEqualTo("46120");
            assertThat(problem.reason()).isEqualTo(NOT_A_DATE);
        });
    }

    @Test
    void aDateFormattedCellIsReadAsBeforeInEitherSystem() throws IOException {
        Path file = TestFiles.xlsx(folder.resolve("formatted.xlsx"), sheets("Clinics", List.of(
                row("Provider", "Country", "Last verified"),
                row("Sunrise Clinic", "Thailand", new Formatted(44658, "yyyy-mm-dd")))));
        TestFiles.use1904Dates(file);

        assertThat(offering(file).lastVerified()).isEqualTo(LocalDate.of(2026, 4, 8));
    }

    private static Offering offering(Path file) throws IOException {
        List<RawRow> rows = OfferingRowReaderTests.readAll(file).rows();
        assertThat(rows).hasSize(1);
        return new Offerings().normalize(rows.get(0));
    }
}
