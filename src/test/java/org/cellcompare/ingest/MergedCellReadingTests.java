package org.cellcompare.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cellcompare.support.TestFiles.row;
import static org.cellcompare.support.TestFiles.sheets;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.cellcompare.support.TestFiles;

/**
 * A value merged down over several rows of an offerings sheet belongs to every row it covers, in
 * {@code .xlsx} and {@code .xls} alike. The sheet is laid out as analysts keep one: a title merged
 * across the top, a header merged over two rows, a country merged down over its clinics, a city
 * over two of them, a provider over its two programs, and "Price on request" merged across the
 * price and date columns.
 */
class MergedCellReadingTests {

    private static final List<String> FORMATS = List.of("xlsx", "xls");
    private static final LocalDate CHECKED = LocalDate.of(2026, 10, 1);

    @TempDir
    static Path folder;

    private static final Map<String, List<List<Object>>> CLINICS = sheets("Clinics", List.of(
            row("Clinics abroad, checked in November 2026"),
            row(),
            row("Provider", "Country", "City", "Program", "Price", "Last verified"),
            row(),
            row("Sunrise Clinic", "Thailand", "Bangkok", "CP protocol", "฿450,000", CHECKED),
            row("Chao Phraya Stem Cells", null, null, "Neuro program", "฿380,000"),
            row("Mekong Regen", null, "Chiang Mai", null, "฿500,000"),
            row("Hope Neuro Center", "India", "New Delhi", "4-week programme", "₹4.5 lakh"),
            row(null, null, null, "2-week programme", "₹2.5 lakh"),
            row("Baja Cell Institute", "Mexico", "Tijuana", null, "Price on request"),
            row("Tijuana Neuro", null, "Tijuana", null, "USD 9,000"),
            row(),
            row("Clinica Sin Pais", null, "Cancún", null, "USD 12,000")));
    private static final String[] MERGED = {"A1:F1", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:F4",
            "B5:B7", "C5:C6", "A8:A9", "B8:B9", "C8:C9", "B10:B12", "E10:F10"};

    static Stream<Arguments> rows() {
        List<Arguments> table = List.of(
                // row, provider, country, city, program, price, last verified
                arguments(5, "Sunrise Clinic", "Thailand", "Bangkok", "CP protocol", "฿450,000", "2026-10-01"),
                arguments(6, "Chao Phraya Stem Cells", "Thailand", "Bangkok", "Neuro program", "฿380,000", ""),
                arguments(7, "Mekong Regen", "Thailand", "Chiang Mai", "", "฿500,000", ""),
                arguments(8, "Hope Neuro Center", "India", "New Delhi", "4-week programme", "₹4.5 lakh", ""),
                arguments(9, "Hope Neuro Center", "India", "New Delhi", "2-week programme", "₹2.5 lakh", ""),
                arguments(10, "Baja Cell Institute", "Mexico", "Tijuana", "", "Price on request", ""),
                arguments(11, "Tijuana Neuro", "Mexico", "Tijuana", "", "USD 9,000", ""),
                arguments(13, "Clinica Sin Pais", "", "Cancún", "", "USD 12,000", ""));
        return FORMATS.stream().flatMap(format -> table.stream().map(row -> {
            Object[] values = row.get();
            Object[] withFormat = new Object[values.length + 1];
            withFormat[0] = format;
            System.arraycopy(values, 0, withFormat, 1, values.length);
            return arguments(withFormat);
        }));
    }

    @ParameterizedTest(name = "{0} row {1}: {2}, {3}, {4}")
    @MethodSource("rows")
    void eachRowUnderAMergedCellHasItsValue(String format, int row, String provider, String country, String city,
                                             String program, String price, String verified) throws IOException {
        RawRow read = rawRows(clinics(format)).stream().filter(r -> r.row() == row).findFirst().orElseThrow();

        assertThat(read.text(OfferingColumn.PROVIDER)).isEqualTo(provider);
        assertThat(read.text(OfferingColumn.COUNTRY)).isEqualTo(country);
        assertThat(read.text(OfferingColumn.CITY)).isEqualTo(city);
        assertThat(read.text(OfferingColumn.PROGRAM)).isEqualTo(program);
        assertThat(read.text(OfferingColumn.PRICE)).isEqualTo(price);
        assertThat(read.text(OfferingColumn.LAST_VERIFIED)).isEqualTo(verified);
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void rowsWithNothingOfTheirOwnAreNotOfferings(String format) throws IOException {
        // row 4 lies under the header merged over two rows; row 12 under Mexico, past its last clinic
        assertThat(rawRows(clinics(format))).extracting(RawRow::row).containsExactly(5, 6, 7, 8, 9, 10, 11, 13);
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void aCellUnderAMergeThatHoldsAValueOfItsOwnKeepsIt(String format) throws IOException {
        // Excel empties the cells it merges over; a file written by another program may not
        Path file = write(folder.resolve("own-value." + format), sheets("Clinics", List.of(
                row("Provider", "Country"),
                row("Sunrise Clinic", "Thailand"),
                row("Vientiane Cells", "Laos"),
                row("Mekong Regen"))));
        TestFiles.merge(file, "Clinics", "B2:B4");

        assertThat(rawRows(file)).extracting(r -> r.text(OfferingColumn.COUNTRY)).containsExactly("Thailand", "Laos", "Thailand");
    }

    @Test
    void aMergedNumberOrDateFillsDownAsTheCellItIs() throws IOException {
        Path file = TestFiles.xlsx(folder.resolve("merged-date.xlsx"), sheets("Clinics", List.of(
                row("Provider", "Price", "Last verified"),
                row("Sunrise Clinic", new TestFiles.Formatted(450000, "[$฿-41E]#,##0"), CHECKED),
                row("Chao Phraya Stem Cells"))));
        TestFiles.merge(file, "Clinics", "B2:B3", "C2:C3");

        RawRow second = rawRows(file).get(1);

        assertThat(second.value(OfferingColumn.PRICE).numberFormat()).isEqualTo("[$฿-41E]#,##0");
        assertThat(second.value(OfferingColumn.LAST_VERIFIED).date()).isEqualTo(CHECKED);
    }

    @Test
    void aSheetWithMoreMergedAreasThanExcelHasRowsIsRefused() {
        MergedCells.Builder merges = new MergedCells.Builder();
        for (int area = 0; area < MergedCells.MAX_AREAS; area++) {
            merges.add(new CellRangeAddress(area, area + 1, 0, 0));
        }

        assertThatThrownBy(() -> merges.add(new CellRangeAddress(0, 1, 1, 1)))
                .hasMessageContaining("more than 1048576 merged areas");
    }

    private static Path clinics(String format) throws IOException {
        Path file = folder.resolve("clinics." + format);
        if (!file.toFile().exists()) {
            write(file, CLINICS);
            TestFiles.merge(file, "Clinics", MERGED);
        }
        return file;
    }

    private static Path write(Path file, Map<String, List<List<Object>>> sheets) throws IOException {
        return file.toString().endsWith(".xls") ? TestFiles.xls(file, sheets) : TestFiles.xlsx(file, sheets);
    }

    private static List<RawRow> rawRows(Path file) throws IOException {
        return OfferingRowReaderTests.readAll(file).rows().stream().toList();
    }
}
