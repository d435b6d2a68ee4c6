package org.cellcompare.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cellcompare.support.TestFiles.row;
import static org.cellcompare.support.TestFiles.sheets;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.cellcompare.bench.BenchmarkOfferings;
import org.cellcompare.support.TestFiles;

/**
 * CellCompare's own {@code .xlsx} reader gives exactly the rows excel-streaming-reader gives, on
 * Apache POI's odd real workbooks, the shipped sample and generated benchmark files: the same
 * sheets, visibility, row numbers and cells (text, number, number format, date), the same merged
 * areas and date system. A file one cannot read, the other cannot either. The cells are compared
 * as the file holds them; filling merged areas down is a reading rule above them.
 */
class XlsxReaderParityTests {

    private static final Path CORPUS = Path.of("src/test/resources/peer/poi-spreadsheets");

    /** One sheet as read: its name, visibility, rows, merged areas and date system. */
    private record ReadSheet(String name, boolean hidden, List<SourceRow> rows, MergedCells merges, DateSystem dates) {
    }

    static Stream<Path> workbooks() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> corpus = Files.list(CORPUS)) {
            corpus.filter(file -> file.toString().matches(".*\\.(xlsx|xlsm|xltx)$")).sorted().forEach(files::add);
        }
        files.add(Path.of("input/offerings/clinic-survey-2026-11.xlsx"));
        return files.stream();
    }

    @ParameterizedTest
    @MethodSource("workbooks")
    void readsEveryWorkbookAsExcelStreamingReaderDoes(Path file) throws Exception {
        List<ReadSheet> expected;
        try {
            expected = read(() -> open(file, true));
        } catch (IOException | RuntimeException e) {
            assertThatThrownBy(() -> read(() -> open(file, false))).as(file + " fails with the old reader: " + e)
                    .isNotNull();
            return;
        }
        assertSameSheets(file, read(() -> open(file, false)), expected);
    }

    /** Row by row, so a difference names its sheet and row rather than printing two whole files. */
    private static void assertSameSheets(Path file, List<ReadSheet> actual, List<ReadSheet> expected) {
        assertThat(actual).extracting(ReadSheet::name).as(file.toString()).isEqualTo(expected.stream().map(ReadSheet::name).toList());
        for (int sheet = 0; sheet < expected.size(); sheet++) {
            ReadSheet want = expected.get(sheet);
            ReadSheet got = actual.get(sheet);
            assertThat(got.hidden()).as(file + " " + want.name() + " hidden").isEqualTo(want.hidden());
            for (int row = 0; row < Math.min(want.rows().size(), got.rows().size()); row++) {
                assertThat(got.rows().get(row)).as(file + " " + want.name() + " row " + row)
                        .isEqualTo(withFormulaErrors(want.rows().get(row), got.rows().get(row)));
            }
            assertThat(got.rows()).as(file + " " + want.name() + " rows").hasSameSizeAs(want.rows());
            assertThat(got.merges()).as(file + " " + want.name() + " merged areas").isEqualTo(want.merges());
            assertThat(got.dates()).as(file + " " + want.name() + " date system").isEqualTo(want.dates());
        }
    }

    /**
     * The one known difference: excel-streaming-reader cannot give a formula's saved error (it
     * throws, and the cell reads as unreadable), where CellCompare shows the error as Excel does.
     */
    private static SourceRow withFormulaErrors(SourceRow old, SourceRow now) {
        List<CellValue> cells = new ArrayList<>(old.cells());
        for (int i = 0; i < Math.min(cells.size(), now.cells().size()); i++) {
            if (cells.get(i).text().equals(PoiCells.UNREADABLE_CELL) && now.cell(i).text().startsWith("#")) {
                cells.set(i, now.cell(i));
            }
        }
        return new SourceRow(old.rowNumber(), cells, old.cut());
    }

    @Test
    void aFormulasSavedErrorReadsAsExcelShowsIt() throws IOException {
        List<ReadSheet> sheets = read(() -> TableFiles.open(CORPUS.resolve("customIndexedColors.xlsx")));
        ReadSheet hidden = sheets.stream().filter(sheet -> sheet.name().equals("_TGK_HIDDEN")).findFirst().orElseThrow();
        assertThat(hidden.rows().get(0).cell(1).text()).isEqualTo("#REF!");
    }

    @Test
    void readsGeneratedBenchmarkFilesAsExcelStreamingReaderDoes(@TempDir Path folder) throws Exception {
        BenchmarkOfferings.main(new String[] {folder.toString(), "3000", "input/registry/ctg-studies.csv"});
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".xlsx")).toList()) {
                List<ReadSheet> expected = read(() -> open(file, true));
                assertThat(expected.get(0).rows()).hasSizeGreaterThan(100);
                assertSameSheets(file, read(() -> open(file, false)), expected);
            }
        }
    }

    @Test
    void readsMergedAreasAndTheDateSystemAsExcelStreamingReaderDoes(@TempDir Path folder) throws Exception {
        Path file = TestFiles.xlsx(folder.resolve("merged.xlsx"), sheets("Clinics", List.of(
                row("Provider", "Country", "City", "Price", "Last verified"),
                row("Sunrise Clinic", "Thailand", "Bangkok", "฿450,000", 44658),
                row("Chao Phraya Cells", null, null, "฿380,000"),
                row("Mekong Regen", null, "Chiang Mai", "฿500,000"),
                row("Baja Cell Institute", "Mexico", "Tijuana", "Price on request"),
                row("Tijuana Neuro", null, null, "USD 9,000"))));
        TestFiles.merge(file, "Clinics", "B2:B4", "C2:C3", "B5:B6", "C5:C6", "D5:E5");
        TestFiles.use1904Dates(file);

        List<ReadSheet> expected = read(() -> open(file, true));

        assertThat(expected.get(0).merges().areas()).hasSize(4);
        assertThat(expected.get(0).dates()).isEqualTo(DateSystem.EXCEL_1904);
        assertSameSheets(file, read(() -> open(file, false)), expected);
    }

    private interface Opener {
        TableFile open() throws IOException;
    }

    /** The file as {@link TableFiles#open} would open it, with either reader for its OOXML. */
    private static TableFile open(Path file, boolean old) throws IOException {
        TableFile opened = TableFiles.open(file);
        if (!old || !(opened instanceof XlsxTableFile)) {
            return opened;
        }
        opened.close();
        boolean encrypted = org.apache.poi.poifs.filesystem.FileMagic.valueOf(file.toFile())
                == org.apache.poi.poifs.filesystem.FileMagic.OLE2;
        return new StreamingReaderTableFile(file, encrypted ? org.apache.poi.poifs.crypt.Decryptor.DEFAULT_PASSWORD : null);
    }

    /** The sheets with all their rows; excel-streaming-reader knows a sheet's merged areas only after its rows. */
    private static List<ReadSheet> read(Opener opener) throws IOException {
        List<ReadSheet> sheets = new ArrayList<>();
        try (TableFile table = opener.open()) {
            table.sheets().forEachRemaining(sheet -> {
                List<SourceRow> rows = new ArrayList<>();
                sheet.rows().forEachRemaining(rows::add);
                MergedCells merges = table instanceof StreamingReaderTableFile old ? old.mergedCells(sheets.size()) : sheet.merges();
                sheets.add(new ReadSheet(sheet.name(), sheet.hidden(), rows, merges, sheet.dates()));
            });
        }
        return sheets;
    }
}
