package org.cellcompare.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.cellcompare.text.Xstrings;

/**
 * The offerings template analysts fill in: the canonical headers, a notes row and an example row
 * above them (CellCompare reads only what is under the header), and drop-down lists for the
 * controlled columns. The lists sit on a hidden sheet; the drop-downs warn about other values
 * but accept them, since the reader understands far more than the lists show.
 */
public final class InputTemplate {

    /** Rows under the header that get drop-down lists and formats. */
    static final int DATA_ROWS = 1000;
    static final int HEADER_ROW = 4;

    private InputTemplate() {
    }

    /**
     * What the template says, in the analyst's language: {@code headers} must be names the
     * {@link HeaderMatcher} knows for each column, {@code notes} and {@code example} fill the rows
     * above the header, {@code notListed} is the warning a drop-down shows for other words, and
     * {@code listsSheetName} names the hidden sheet the drop-downs take their words from.
     */
    public record Texts(String sheetName, String title, String instructions, Function<OfferingColumn, String> headers,
                        Function<OfferingColumn, String> notes, Map<OfferingColumn, String> example, String notListed,
                        String listsSheetName) {
    }

    /** The words the template offers for one controlled column. */
    public record Choices(OfferingColumn column, List<String> values) {
    }

    /** Writes the template, with {@code choices} as its drop-down lists, replacing a file already there. */
    public static void write(Path file, Texts texts, List<Choices> choices) throws IOException {
        write(file, texts, choices, true);
    }

    /**
     * Writes the template, with {@code choices} as its drop-down lists; without {@code replace}, a
     * file already there stays, and a {@link java.nio.file.FileAlreadyExistsException} says so.
     */
    public static void write(Path file, Texts texts, List<Choices> choices, boolean replace) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(texts.sheetName());
            Styles styles = new Styles(workbook);
            cell(sheet.createRow(0), 0, texts.title(), styles.title);
            cell(sheet.createRow(1), 0, texts.instructions(), styles.plain);
            Row noteRow = sheet.createRow(2);
            Row exampleRow = sheet.createRow(3);
            Row headerRow = sheet.createRow(HEADER_ROW);
            noteRow.setHeightInPoints(90);
            OfferingColumn[] columns = OfferingColumn.values();
            for (int c = 0; c < columns.length; c++) {
                cell(noteRow, c, texts.notes().apply(columns[c]), styles.note);
                cell(exampleRow, c, texts.example().getOrDefault(columns[c], ""), styles.example);
                cell(headerRow, c, texts.headers().apply(columns[c]), styles.header);
                sheet.setColumnWidth(c, 22 * 256);
                sheet.setDefaultColumnStyle(c, columns[c] == OfferingColumn.LAST_VERIFIED ? styles.date : styles.text);
            }
            sheet.createFreezePane(1, HEADER_ROW + 1);
            addLists(workbook, sheet, texts, choices);
            workbook.setActiveSheet(0);
            Path partial = file.resolveSibling(file.getFileName() + ".part");
            try {
                try (OutputStream out = Files.newOutputStream(partial)) {
                    workbook.write(out);
                }
                if (replace) {
                    Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
                } else {
                    Files.move(partial, file);
                }
            } finally {
                Files.deleteIfExists(partial);
            }
        }
    }

    private static void addLists(XSSFWorkbook workbook, Sheet sheet, Texts texts, List<Choices> choices) {
        Sheet lists = workbook.createSheet(texts.listsSheetName());
        String reference = "'" + texts.listsSheetName().replace("'", "''") + "'!";
        Map<OfferingColumn, Integer> listColumns = new EnumMap<>(OfferingColumn.class);
        Row names = lists.createRow(0);
        for (int i = 0; i < choices.size(); i++) {
            Choices choice = choices.get(i);
            names.createCell(i).setCellValue(Xstrings.escape(texts.headers().apply(choice.column())));
            for (int r = 0; r < choice.values().size(); r++) {
                Row row = lists.getRow(r + 1) == null ? lists.createRow(r + 1) : lists.getRow(r + 1);
                row.createCell(i).setCellValue(Xstrings.escape(choice.values().get(r)));
            }
            listColumns.put(choice.column(), i);
        }
        workbook.setSheetHidden(workbook.getSheetIndex(lists), true);
        DataValidationHelper helper = sheet.getDataValidationHelper();
        for (Choices choice : choices) {
            String letter = columnLetter(listColumns.get(choice.column()));
            DataValidationConstraint constraint = helper.createFormulaListConstraint(
                    reference + "$" + letter + "$2:$" + letter + "$" + (choice.values().size() + 1));
            int column = choice.column().ordinal();
            DataValidation validation = helper.createValidation(constraint,
                    new CellRangeAddressList(HEADER_ROW + 1, HEADER_ROW + DATA_ROWS, column, column));
            validation.setErrorStyle(DataValidation.ErrorStyle.WARNING);
            validation.createErrorBox(Xstrings.escape(texts.headers().apply(choice.column())),
                    Xstrings.escape(texts.notListed()));
            validation.setShowErrorBox(true);
            validation.setSuppressDropDownArrow(true);
            sheet.addValidationData(validation);
        }
    }

    static String columnLetter(int index) {
        StringBuilder letters = new StringBuilder();
        for (int i = index; i >= 0; i = i / 26 - 1) {
            letters.insert(0, (char) ('A' + i % 26));
        }
        return letters.toString();
    }

    /** POI writes text as it is given; {@link Xstrings} makes it read back as itself. */
    private static void cell(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(Xstrings.escape(value));
        cell.setCellStyle(style);
    }

    private static final class Styles {
        final CellStyle title;
        final CellStyle plain;
        final CellStyle note;
        final CellStyle example;
        final CellStyle header;
        final CellStyle text;
        final CellStyle date;

        Styles(XSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            Font big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            Font grey = workbook.createFont();
            grey.setItalic(true);
            grey.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
            title = workbook.createCellStyle();
            title.setFont(big);
            plain = workbook.createCellStyle();
            note = workbook.createCellStyle();
            note.setFont(grey);
            note.setWrapText(true);
            note.setVerticalAlignment(VerticalAlignment.TOP);
            example = workbook.createCellStyle();
            example.setFont(grey);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        }
    }
}
