package org.cellcompare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import org.cellcompare.ingest.HeaderMatcher;
import org.cellcompare.ingest.InputProblem;
import org.cellcompare.ingest.InputTemplate.Choices;
import org.cellcompare.ingest.OfferingColumn;
import org.cellcompare.ingest.OfferingRowReader;
import org.cellcompare.ingest.RawRow;
import org.cellcompare.normalize.Offering;
import org.cellcompare.normalize.TemplateChoices;
import org.cellcompare.support.Offerings;

/** The input template, written by the command line, filled in as an analyst would, and read back. */
class TemplateTests {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void writesHeadersNotesAnExampleAndDropDowns() throws Exception {
        Path template = writeTemplate("es");

        try (InputStream in = Files.newInputStream(template); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheet("Ofertas");
            Row header = sheet.getRow(4);
            assertThat(header.getCell(OfferingColumn.PROVIDER.ordinal()).getStringCellValue()).isEqualTo("Proveedor");
            for (OfferingColumn column : OfferingColumn.values()) {
                assertThat(new HeaderMatcher().columnFor(header.getCell(column.ordinal()).getStringCellValue()))
                        .as("the Spanish header of %s is read back as it", column).isEqualTo(column);
            }
            assertThat(sheet.getRow(2).getCell(OfferingColumn.PROVIDER.ordinal()).getStringCellValue()).isNotBlank();
            assertThat(sheet.getRow(3).getCell(OfferingColumn.PROVIDER.ordinal()).getStringCellValue()).contains("Sunrise");
            List<Integer> dropDownColumns = new ArrayList<>();
            for (DataValidation validation : sheet.getDataValidations()) {
                dropDownColumns.add(validation.getRegions().getCellRangeAddress(0).getFirstColumn());
                assertThat(validation.getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.WARNING);
            }
            assertThat(dropDownColumns).containsExactlyInAnyOrder(OfferingColumn.COUNTRY.ordinal(),
                    OfferingColumn.CURRENCY.ordinal(), OfferingColumn.CELL_SOURCE.ordinal(), OfferingColumn.ROUTE.ordinal(),
                    OfferingColumn.REGULATORY_STATUS.ordinal(), OfferingColumn.PRICE_BASIS.ordinal(),
                    OfferingColumn.PATIENT_PAYS.ordinal());
            assertThat(book.getSheet("Lists")).as("the lists sheet is named in Spanish").isNull();
            assertThat(book.isSheetHidden(book.getSheetIndex("Listas"))).isTrue();
            for (DataValidation validation : sheet.getDataValidations()) {
                AreaReference words = new AreaReference(validation.getValidationConstraint().getFormula1(),
                        SpreadsheetVersion.EXCEL2007);
                assertThat(words.getFirstCell().getSheetName()).as("where the drop-down takes its words").isEqualTo("Listas");
                CellReference first = words.getFirstCell();
                assertThat(book.getSheet("Listas").getRow(first.getRow()).getCell(first.getCol()).getStringCellValue())
                        .isNotBlank();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "es"})
    void aTemplateFilledInFromItsListsIsReadWithoutAnyInputProblem(String language) throws Exception {
        Path template = writeTemplate(language);
        Path filled = folder.resolve("filled.xlsx");
        int rows = fillEveryListValue(template, filled);

        List<RawRow> items = new ArrayList<>();
        List<InputProblem> notes = new ArrayList<>();
        OfferingRowReader reader = new OfferingRowReader(filled, new HeaderMatcher(), 30, notes::add);
        reader.open(new ExecutionContext());
        for (RawRow row = reader.read(); row != null; row = reader.read()) {
            items.add(row);
        }
        reader.close();

        assertThat(notes).isEmpty();
        assertThat(items).hasSize(rows);
        Offerings offerings = new Offerings();
        for (RawRow row : items) {
            Offering offering = offerings.normalize(row);
            assertThat(offering.problems()).as(row.location()).extracting(InputProblem::reason).isEmpty();
        }
    }

    @Test
    void leavesAnExistingFileAloneUnlessForced() throws Exception {
        Path file = folder.resolve("mine.xlsx");
        Files.writeString(file, "an analyst's own work");

        assertThat(template("--template=" + file)).isEqualTo(ExitCode.USAGE.code());
        assertThat(err.toString(StandardCharsets.UTF_8).strip())
                .isEqualTo(file + " already exists; choose another name, or add --force to replace it.");
        assertThat(Files.readString(file)).isEqualTo("an analyst's own work");

        assertThat(template("--template=" + file, "--force")).isZero();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            assertThat(book.getSheet("Offerings")).isNotNull();
        }
        assertThat(folder).isDirectoryNotContaining("glob:**/*.part");
    }

    @ParameterizedTest
    @ValueSource(strings = {"t.csv", "t.xls", "t"})
    void refusesANameThatIsNotAnExcelWorkbook(String name) {
        Path file = folder.resolve(name);

        assertThat(template("--template=" + file)).isEqualTo(ExitCode.USAGE.code());

        assertThat(err.toString(StandardCharsets.UTF_8).strip()).isEqualTo("The template is an Excel workbook, so its name"
                + " must end in .xlsx: --template=" + folder.resolve("t.xlsx") + ".");
        assertThat(file).doesNotExist();
        assertThat(folder.resolve("t.xlsx")).doesNotExist();
    }

    @Test
    void refusesAFolderAndAForceWithoutATemplate() {
        assertThat(template("--template=" + folder, "--force")).isEqualTo(ExitCode.USAGE.code());
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(folder + " is a folder; give the template a file name");

        assertThat(template("--force")).isEqualTo(ExitCode.USAGE.code());
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--force only replaces an existing template");
    }

    private int template(String... args) {
        err.reset();
        return new CommandLine(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    /** One row per value of the longest list, every list cycled through, the other columns filled plainly. */
    private static int fillEveryListValue(Path template, Path filled) throws Exception {
        List<Choices> choices = TemplateChoices.all();
        int rows = choices.stream().mapToInt(c -> c.values().size()).max().orElseThrow();
        try (InputStream in = Files.newInputStream(template); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheetAt(0);
            for (int i = 0; i < rows; i++) {
                Row row = sheet.createRow(5 + i);
                row.createCell(OfferingColumn.PROVIDER.ordinal()).setCellValue("Clinic " + i);
                row.createCell(OfferingColumn.PROGRAM.ordinal()).setCellValue("Programme " + i);
                row.createCell(OfferingColumn.PRICE.ordinal()).setCellValue("12,000");
                row.createCell(OfferingColumn.INJECTIONS.ordinal()).setCellValue("4");
                row.createCell(OfferingColumn.DURATION.ordinal()).setCellValue("14 days");
                row.createCell(OfferingColumn.SOURCE_URL.ordinal()).setCellValue("https://example.org/clinic" + i);
                row.createCell(OfferingColumn.LAST_VERIFIED.ordinal()).setCellValue("2026-10-01");
                for (Choices choice : choices) {
                    row.createCell(choice.column().ordinal()).setCellValue(choice.values().get(i % choice.values().size()));
                }
            }
            try (OutputStream out = Files.newOutputStream(filled)) {
                book.write(out);
            }
        }
        return rows;
    }

    private Path writeTemplate(String language) {
        Path file = folder.resolve("template-" + language + ".xlsx");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = new CommandLine(new PrintStream(out, true, StandardCharsets.UTF_8), System.err)
                .run("--template=" + file, "--locale=" + language);
        assertThat(status).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Template written");
        return file;
    }
}
