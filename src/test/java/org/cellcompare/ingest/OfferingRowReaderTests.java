package org.cellcompare.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cellcompare.support.TestFiles.row;
import static org.cellcompare.support.TestFiles.sheets;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import org.cellcompare.ingest.InputProblem.Outcome;
import org.cellcompare.support.TestFiles;
import org.cellcompare.support.TestFiles.Formatted;

class OfferingRowReaderTests {

    @TempDir
    Path folder;

    @Test
    void findsTheHeaderBelowTitleRowsAndReadsEverySheet() throws IOException {
        Path file = TestFiles.xlsx(folder.resolve("survey.xlsx"), sheets(
                "Clinics", List.of(
                        row("Clinics abroad, November 2026"),
                        row(),
                        row("Clinic name", "Nation", "Cost", "Notes"),
                        row("Sunrise Clinic", "Thailand", "฿450,000", "called twice"),
                        row(),
                        row("Mekong Clinic", "Vietnam", "250 triệu đồng")),
                "Trials", List.of(
                        row("Sponsor", "Registration number", "Notes"),
                        row("Vinmec International Hospital", "NCT02569775", "seed"))));

        FileRead items = readAll(file);

        List<RawRow> rows = rows(items);
        assertThat(rows).extracting(r -> r.text(OfferingColumn.PROVIDER))
                .containsExactly("Sunrise Clinic", "Mekong Clinic", "Vinmec International Hospital");
        assertThat(rows.get(0).row()).isEqualTo(4);
        assertThat(rows.get(0).sheet()).isEqualTo("Clinics");
        assertThat(rows.get(0).text(OfferingColumn.PRICE)).isEqualTo("฿450,000");
        assertThat(rows.get(0).header(OfferingColumn.PRICE)).isEqualTo("Cost");
        assertThat(rows.get(1).row()).isEqualTo(6);
        assertThat(rows.get(2).text(OfferingColumn.REGISTRATION)).isEqualTo("NCT02569775");
        assertThat(notes(items)).singleElement().satisfies(note -> {
            assertThat(note.column()).isEqualTo("Notes");
            assertThat(note.outcome()).isEqualTo(Outcome.COLUMN_NOT_USED);
        });
    }

    @Test
    void skipsASheetWithoutHeaderAndAnEmptySheetEachWithANote() throws IOException {
        Path file = TestFiles.xlsx(folder.resolve("book.xlsx"), sheets(
                "About", List.of(row("How this list was made"), row("Volunteers copied prices.")),
                "Empty", List.of(),
                "Clinics", List.of(row("Provider", "Country"), row("Sunrise Clinic", "Thailand"))));

        FileRead items = readAll(file);

        assertThat(rows(items)).hasSize(1);
        assertThat(notes(items)).satisfiesExactly(note -> {
            assertThat(note.sheet()).isEqualTo("About");
            assertThat(note.outcome()).isEqualTo(Outcome.SHEET_NOT_READ);
        }, note -> {
            assertThat(note.sheet()).isEqualTo("Empty");
            assertThat(note.reason()).isEqualTo("The sheet is empty.");
            assertThat(note.outcome()).isEqualTo(Outcome.NOTHING_TO_READ);
        });
    }

    @Test
    void readsNumbersWithTheirFormatAndDatesFromXls() throws IOException {
        Path file = TestFiles.xls(folder.resolve("partners.xls"), sheets("Partners", List.of(
                row("Hospital", "Fee", "As of"),
                row("Chiang Mai Clinic", new Formatted(420000, "[$฿-41E]#,##0"), LocalDate.of(2026, 10, 12)))));

        RawRow row = rows(readAll(file)).get(0);

        CellValue fee = row.value(OfferingColumn.PRICE);
        assertThat(fee.number()).isEqualByComparingTo("420000");
        assertThat(fee.numberFormat()).isEqualTo("[$฿-41E]#,##0");
        assertThat(fee.text()).isEqualTo("฿420,000");
        assertThat(row.value(OfferingColumn.LAST_VERIFIED).date()).isEqualTo(LocalDate.of(2026, 10, 12));
    }

    @Test
    void readsAEuropeanCsvWithSemicolonsDecimalCommasAndABom() throws IOException {
        Path file = TestFiles.text(folder.resolve("europa.csv"), """
                Clínica;País;Precio;Afirmaciones
                Nicosia Institute;Cyprus;€12.500,00;"Cura; garantizada"
                Zellklinik;Deutschland;8 500 €;
                """, StandardCharsets.UTF_8, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF);

        List<RawRow> rows = rows(readAll(file));

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).text(OfferingColumn.PROVIDER)).isEqualTo("Nicosia Institute");
        assertThat(rows.get(0).text(OfferingColumn.PRICE)).isEqualTo("€12.500,00");
        assertThat(rows.get(0).text(OfferingColumn.CLAIMS)).isEqualTo("Cura; garantizada");
        assertThat(rows.get(0).row()).isEqualTo(2);
        assertThat(rows.get(1).text(OfferingColumn.COUNTRY)).isEqualTo("Deutschland");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            UTF-8 without BOM  | UTF-8        |            | ,
            UTF-8 with BOM     | UTF-8        | EFBBBF     | ;
            UTF-16 LE with BOM | UTF-16LE     | FFFE       | ,
            UTF-16 BE with BOM | UTF-16BE     | FEFF       | TAB
            Windows-1252       | windows-1252 |            | ;
            """)
    void detectsEncodingAndSeparator(String name, String charset, String bom, String separator) throws IOException {
        String sep = separator.equals("TAB") ? "\t" : separator;
        String content = String.join(sep, "Clínica", "País", "Precio", "Afirmaciones") + "\r\n"
                + String.join(sep, "Clínica São José", "México", "\"$15,000\"", "\"Cura\r\ngarantizada\"") + "\r\n";
        byte[] prefix = bom == null ? new byte[0] : HexFormat.of().parseHex(bom);
        Path file = TestFiles.text(folder.resolve(name.replace(' ', '-') + ".csv"), content, Charset.forName(charset), prefix);

        RawRow row = rows(readAll(file)).get(0);

        assertThat(row.text(OfferingColumn.PROVIDER)).isEqualTo("Clínica São José");
        assertThat(row.text(OfferingColumn.COUNTRY)).isEqualTo("México");
        assertThat(row.text(OfferingColumn.PRICE)).isEqualTo("$15,000");
        assertThat(row.text(OfferingColumn.CLAIMS)).isEqualTo("Cura\r\ngarantizada");
    }

    @Test
    void anUnreadableFileFailsOnceAndThenEnds() throws Exception {
        Path file = Files.write(folder.resolve("broken.xlsx"), new byte[] {'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6});
        OfferingRowReader reader = new OfferingRowReader(file, new HeaderMatcher(), 30, note -> { });
        reader.open(new ExecutionContext());

        assertThatThrownBy(reader::read).isInstanceOfSatisfying(UnreadableFileException.class, e -> {
            assertThat(e.problem().file()).isEqualTo("broken.xlsx");
            assertThat(e.problem().outcome()).isEqualTo(Outcome.FILE_NOT_READ);
            assertThat(e.problem().reason()).contains("damaged");
        });
        assertThat(reader.read()).isNull();
        reader.close();
    }

    @Test
    void aPdfNamedCsvIsNotASpreadsheet() throws Exception {
        Path file = Files.write(folder.resolve("prices.xlsx"), "%PDF-1.4 not a sheet".getBytes(StandardCharsets.US_ASCII));
        OfferingRowReader reader = new OfferingRowReader(file, new HeaderMatcher(), 30, note -> { });
        reader.open(new ExecutionContext());

        assertThatThrownBy(reader::read).isInstanceOfSatisfying(UnreadableFileException.class,
                e -> assertThat(e.problem().reason()).contains("not a spreadsheet").contains("PDF"));
        reader.close();
    }

    @Test
    void numbersTheDataRowsAcrossSheetsTheSameWayWhenReadAgainFromPartWay() throws Exception {
        Path file = TestFiles.xlsx(folder.resolve("two.xlsx"), sheets(
                "S", List.of(row("Provider", "Country"), row("A", "Thailand"), row("B", "Vietnam")),
                "T", List.of(row("Provider", "Country", "Notes"), row("C", "Mexico", "x"))));

        assertThat(readAll(file).rows()).extracting(RawRow::item).containsExactly(1L, 2L, 3L);

        // a resumed step: the reader starts after the rows its last commit counted
        ExecutionContext resumed = new ExecutionContext();
        resumed.putInt("offeringRowReader.read.count", 2);
        List<InputProblem> notes = new ArrayList<>();
        OfferingRowReader reader = new OfferingRowReader(file, new HeaderMatcher(), 30, notes::add);
        reader.open(resumed);
        RawRow third = reader.read();
        assertThat(reader.read()).isNull();
        reader.close();
        assertThat(third.item()).isEqualTo(3L);
        assertThat(third.text(OfferingColumn.PROVIDER)).isEqualTo("C");
        assertThat(notes).extracting(InputProblem::column).containsExactly("Notes");
    }

    /** What a reader handed on, and the notes it made about the file on the side. */
    record FileRead(List<RawRow> rows, List<InputProblem> notes) {
    }

    static FileRead readAll(Path file) throws IOException {
        List<InputProblem> notes = new ArrayList<>();
        OfferingRowReader reader = new OfferingRowReader(file, new HeaderMatcher(), 30, notes::add);
        reader.open(new ExecutionContext());
        List<RawRow> rows = new ArrayList<>();
        try {
            RawRow row;
            while ((row = reader.read()) != null) {
                rows.add(row);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            reader.close();
        }
        return new FileRead(rows, notes);
    }

    static List<RawRow> rows(FileRead items) {
        return items.rows();
    }

    static List<InputProblem> notes(FileRead items) {
        return items.notes();
    }
}
