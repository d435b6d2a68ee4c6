package org.cellcompare.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.poi.hssf.model.InternalWorkbook;
import org.apache.poi.hssf.record.DateWindow1904Record;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorkbook;

/**
 * Writes small real spreadsheets and CSV files for tests: sheets are lists of rows, a row a list
 * of values (String, Number, LocalDate, or {@link Formatted} for a number with a number format).
 */
public final class TestFiles {

    private TestFiles() {
    }

    /** A number shown with a number format, as a spreadsheet keeps "฿450,000". */
    public record Formatted(double value, String format) {
    }

    public static Map<String, List<List<Object>>> sheets(Object... nameThenRows) {
        Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
        for (int i = 0; i < nameThenRows.length; i += 2) {
            @SuppressWarnings("unchecked")
            List<List<Object>> rows = (List<List<Object>>) nameThenRows[i + 1];
            sheets.put((String) nameThenRows[i], rows);
        }
        return sheets;
    }

    public static Path xlsx(Path file, Map<String, List<List<Object>>> sheets) throws IOException {
        try (Workbook workbook = new XSSFWorkbook()) {
            return write(workbook, file, sheets);
        }
    }

    public static Path xls(Path file, Map<String, List<List<Object>>> sheets) throws IOException {
        try (Workbook workbook = new HSSFWorkbook()) {
            return write(workbook, file, sheets);
        }
    }

    private static Path write(Workbook workbook, Path file, Map<String, List<List<Object>>> sheets) throws IOException {
        CellStyle date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        Map<String, CellStyle> formats = new LinkedHashMap<>();
        for (Map.Entry<String, List<List<Object>>> entry : sheets.entrySet()) {
            Sheet sheet = workbook.createSheet(entry.getKey());
            int r = 0;
            for (List<Object> values : entry.getValue()) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < values.size(); c++) {
                    Object value = values.get(c);
                    if (value == null || "".equals(value)) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    if (value instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else if (value instanceof LocalDate d) {
                        cell.setCellValue(d);
                        cell.setCellStyle(date);
                    } else if (value instanceof Formatted f) {
                        cell.setCellValue(f.value());
                        cell.setCellStyle(formats.computeIfAbsent(f.format(), format -> {
                            CellStyle style = workbook.createCellStyle();
                            style.setDataFormat(workbook.createDataFormat().getFormat(format));
                            return style;
                        }));
                    } else {
                        cell.setCellValue(value.toString());
                    }
                }
            }
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
        return file;
    }

    public static Path text(Path file, String content, Charset charset, byte... bom) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(bom);
            out.write(content.getBytes(charset));
        }
        return file;
    }

    /**
     * Merges areas of a sheet in a workbook written above, such as {@code B5:B7}, as an analyst
     * does with Merge cells. Leave the cells under an area's top-left one empty, as Excel does.
     */
    public static Path merge(Path file, String sheet, String... ranges) throws IOException {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(Files.readAllBytes(file)))) {
            for (String range : ranges) {
                workbook.getSheet(sheet).addMergedRegion(CellRangeAddress.valueOf(range));
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        return file;
    }

    /**
     * Switches a workbook written above to the 1904 date system, in which Excel for Mac once began
     * every workbook. The numbers in its cells stay as they are, so write dates as serial numbers.
     */
    public static Path use1904Dates(Path file) throws IOException {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(Files.readAllBytes(file)))) {
            if (workbook instanceof XSSFWorkbook xssf) {
                CTWorkbook ct = xssf.getCTWorkbook();
                (ct.isSetWorkbookPr() ? ct.getWorkbookPr() : ct.addNewWorkbookPr()).setDate1904(true);
            } else {
                InternalWorkbook internal = ((HSSFWorkbook) workbook).getInternalWorkbook();
                ((DateWindow1904Record) internal.findFirstRecordBySid(DateWindow1904Record.sid)).setWindowing((short) 1);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        return file;
    }

    public static List<Object> row(Object... values) {
        return Arrays.asList(values);
    }

    /** Copies the shipped sample input, so a test can run the job on it without touching the original. */
    public static Path copySample(Path target) throws IOException {
        copyTree(Path.of("input"), target);
        return target;
    }

    public static void copyTree(Path source, Path target) throws IOException {
        try (Stream<Path> files = Files.walk(source)) {
            for (Path path : files.sorted(Comparator.naturalOrder()).toList()) {
                Path destination = target.resolve(source.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(destination);
                } else {
                    Files.copy(path, destination);
                }
            }
        }
    }
}
