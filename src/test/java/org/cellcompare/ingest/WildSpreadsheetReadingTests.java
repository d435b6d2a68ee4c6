package org.cellcompare.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** What POI's own tests say a reader of these files must get right (Apache License 2.0 test data). */
class WildSpreadsheetReadingTests {

    private static final Path CORPUS = Path.of("src/test/resources/peer/poi-spreadsheets");

    @Test
    void the1904And1900DateSystemsGiveTheSameDate() throws IOException {
        assertThat(cells("1904DateWindowing.xls").get(0).date()).isEqualTo(LocalDate.of(2000, 1, 1));
        assertThat(cells("1900DateWindowing.xls").get(0).date()).isEqualTo(LocalDate.of(2000, 1, 1));
    }

    @Test
    void rowsWithoutRowNumbersAreAllRead() throws IOException {
        assertThat(rows("59746_NoRowNums.xlsx")).hasSize(71);
    }

    @Test
    void phoneticReadingsAreNotPartOfTheText() throws IOException {
        assertThat(rows("51519.xlsx").get(1).cell(1).text()).isEqualTo("豊田");
    }

    @Test
    void aWorkbookEncryptedWithExcelsBuiltInPasswordReads() throws IOException {
        assertThat(rows("58616.xlsx")).isNotEmpty();
    }

    @Test
    void formulaCellsGiveTheirCachedValues() throws IOException {
        List<CellValue> cells = new ArrayList<>();
        rows("shared_formulas.xlsx").forEach(row -> cells.addAll(row.cells()));
        assertThat(cells).noneMatch(cell -> cell.text().startsWith("=") || cell.text().contains("(A"));
        assertThat(cells).anyMatch(cell -> !cell.isBlank());
    }

    private static List<CellValue> cells(String file) throws IOException {
        return rows(file).get(0).cells();
    }

    private static List<SourceRow> rows(String file) throws IOException {
        List<SourceRow> rows = new ArrayList<>();
        try (TableFile table = TableFiles.open(CORPUS.resolve(file))) {
            table.sheets().forEachRemaining(sheet -> sheet.rows().forEachRemaining(rows::add));
        }
        return rows;
    }
}
