package org.cellcompare.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A produced workbook opened with POI, read the way a user sees it: sheets, header names, cell text, links. */
public final class OpenedWorkbook implements AutoCloseable {

    private final Workbook workbook;
    private final DataFormatter formatter = new DataFormatter();

    private OpenedWorkbook(Workbook workbook) {
        this.workbook = workbook;
    }

    public static OpenedWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new OpenedWorkbook(new XSSFWorkbook(in));
        }
    }

    public Workbook workbook() {
        return workbook;
    }

    public List<String> sheetNames() {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }

    public Sheet sheet(String name) {
        Sheet sheet = workbook.getSheet(name);
        if (sheet == null) {
            throw new AssertionError("No sheet named " + name + " in " + sheetNames());
        }
        return sheet;
    }

    /** The first row of a sheet, as header texts. */
    public List<String> headers(String sheetName) {
        return texts(sheet(sheetName).getRow(0));
    }

    /** The data rows under the header of a table sheet, each as header name to displayed text. */
    public List<Map<String, String>> table(String sheetName) {
        return table(sheetName, 0);
    }

    /** The data rows under a header that is not the sheet's first row. */
    public List<Map<String, String>> table(String sheetName, int headerRow) {
        Sheet sheet = sheet(sheetName);
        List<String> headers = texts(sheet.getRow(headerRow));
        List<Map<String, String>> rows = new ArrayList<>();
        for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (int c = 0; c < headers.size(); c++) {
                values.put(headers.get(c), text(row.getCell(c)));
            }
            rows.add(values);
        }
        return rows;
    }

    /** The row of a table sheet whose column holds exactly this text. */
    public Row rowWhere(String sheetName, String header, String value) {
        Sheet sheet = sheet(sheetName);
        int column = headers(sheetName).indexOf(header);
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row != null && value.equals(text(row.getCell(column)))) {
                return row;
            }
        }
        throw new AssertionError("No row with " + header + " = " + value + " in " + sheetName);
    }

    public Cell cell(String sheetName, Row row, String header) {
        return row.getCell(headers(sheetName).indexOf(header));
    }

    /** Every line of a sheet as its cells' texts joined by " | ", for searching free-form sheets like Summary. */
    public List<String> lines(String sheetName) {
        List<String> lines = new ArrayList<>();
        for (Row row : sheet(sheetName)) {
            List<String> texts = new ArrayList<>(texts(row));
            while (!texts.isEmpty() && texts.get(texts.size() - 1).isEmpty()) {
                texts.remove(texts.size() - 1);
            }
            lines.add(String.join(" | ", texts));
        }
        return lines;
    }

    public String text(Cell cell) {
        return cell == null ? "" : formatter.formatCellValue(cell);
    }

    private List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        if (row != null) {
            for (int c = 0; c < row.getLastCellNum(); c++) {
                texts.add(text(row.getCell(c)));
            }
        }
        return texts;
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
