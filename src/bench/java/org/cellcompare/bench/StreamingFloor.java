package org.cellcompare.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import com.github.pjfanning.xlsx.StreamingReader;
import com.opencsv.CSVParserBuilder;
import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.exceptions.CsvValidationException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The floor under CellCompare's run time: the least work that turns the same files into the same
 * kind of workbook. Every row is streamed in as text, sorted by country then provider in memory,
 * and streamed out to "Registered trials" or "Commercial clinics" — no Spring, no database, no
 * normalization. The job's time over this one is what its checking, ranking and safety cost.
 *
 * <p>Columns are taken by position in {@link BenchmarkOfferings}' layout, and the first row of a
 * sheet is its header. Other files (the sample's title rows, Spanish headers) are read and written
 * all the same, only sorted and split less meaningfully. An {@code .xls} is read whole with HSSF,
 * as the job reads it; the format holds at most 65,536 rows.
 *
 * <p>Usage: {@code StreamingFloor INPUT_OFFERINGS_DIR OUTPUT_XLSX}
 */
public final class StreamingFloor {

    private static final Comparator<String[]> BY_COUNTRY_THEN_PROVIDER = Comparator
            .comparing((String[] row) -> cell(row, BenchmarkOfferings.COUNTRY))
            .thenComparing(row -> cell(row, BenchmarkOfferings.PROVIDER));

    private final DataFormatter formatter = new DataFormatter(Locale.ROOT);
    private final List<String[]> trials = new ArrayList<>();
    private final List<String[]> clinics = new ArrayList<>();

    private StreamingFloor() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("Usage: StreamingFloor INPUT_OFFERINGS_DIR OUTPUT_XLSX");
            System.exit(2);
        }
        StreamingFloor floor = new StreamingFloor();
        List<Path> files;
        try (Stream<Path> listing = Files.list(Path.of(args[0]))) {
            files = listing.sorted().toList();
        }
        for (Path file : files) {
            floor.read(file);
        }
        floor.write(Path.of(args[1]));
        System.err.println("StreamingFloor: " + (floor.trials.size() + floor.clinics.size()) + " rows");
    }

    private void read(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx")) {
            try (Workbook workbook = StreamingReader.builder().rowCacheSize(100).bufferSize(4096).open(file.toFile())) {
                readSheets(workbook);
            }
        } else if (name.endsWith(".xls")) {
            try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
                readSheets(workbook);
            }
        } else if (name.endsWith(".csv")) {
            readCsv(file);
        }
    }

    private void readSheets(Workbook workbook) {
        for (Sheet sheet : workbook) {
            boolean header = true;
            for (Row row : sheet) {
                if (!header) {
                    keep(cells(row));
                }
                header = false;
            }
        }
    }

    private String[] cells(Row row) {
        String[] cells = new String[Math.max(row.getLastCellNum(), 0)];
        for (Cell cell : row) {
            cells[cell.getColumnIndex()] = formatter.formatCellValue(cell);
        }
        return cells;
    }

    private void readCsv(Path file) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            char separator = separator(reader);
            try (CSVReader csv = new CSVReaderBuilder(reader)
                    .withCSVParser(new CSVParserBuilder().withSeparator(separator).build()).withSkipLines(1).build()) {
                for (String[] record = csv.readNext(); record != null; record = csv.readNext()) {
                    keep(record);
                }
            }
        } catch (CsvValidationException e) {
            throw new IOException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** The sample's European export uses ';'; without this its rows would be one column each. */
    private static char separator(BufferedReader reader) throws IOException {
        reader.mark(1 << 16);
        String header = reader.readLine();
        reader.reset();
        if (header == null) {
            return ',';
        }
        return header.chars().filter(c -> c == ';').count() > header.chars().filter(c -> c == ',').count() ? ';' : ',';
    }

    private void keep(String[] row) {
        (cell(row, BenchmarkOfferings.REGISTRATION).isBlank() ? clinics : trials).add(row);
    }

    private void write(Path output) throws IOException {
        trials.sort(BY_COUNTRY_THEN_PROVIDER);
        clinics.sort(BY_COUNTRY_THEN_PROVIDER);
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(output)) {
            workbook.setCompressTempFiles(false);
            writeSheet(workbook, "Registered trials", trials);
            writeSheet(workbook, "Commercial clinics", clinics);
            workbook.write(out);
        }
    }

    private static void writeSheet(SXSSFWorkbook workbook, String name, List<String[]> rows) {
        Sheet sheet = workbook.createSheet(name);
        writeRow(sheet, 0, BenchmarkOfferings.HEADER.toArray(String[]::new));
        for (int i = 0; i < rows.size(); i++) {
            writeRow(sheet, i + 1, rows.get(i));
        }
    }

    private static void writeRow(Sheet sheet, int index, String[] cells) {
        Row row = sheet.createRow(index);
        for (int column = 0; column < cells.length; column++) {
            if (cells[column] != null) {
                row.createCell(column).setCellValue(cells[column]);
            }
        }
    }

    private static String cell(String[] row, int column) {
        return column < row.length && row[column] != null ? row[column] : "";
    }
}
