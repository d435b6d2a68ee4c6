package org.cellcompare.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Times the pass that finds an {@code .xlsx} sheet's merged areas before its rows are read,
 * against reading the sheet's rows, on one big generated sheet shaped like the benchmark's
 * (inline texts, bare prices, date cells) with its country merged down over blocks of ten rows.
 *
 * <p>It sits in the ingest package to reach the package-private reader. Usage:
 * {@code MergePassBench FILE ROWS [RUNS]}; FILE is written first if it does not exist. Prints one
 * line, each time the best of RUNS (default 3):
 * {@code rows= part_mb= areas= inflate_s= pass_s= stax_pass_s= read_s= pass/read=}, where
 * {@code inflate_s} only inflates the part (the floor of any pass over it), {@code stax_pass_s} is
 * the same pass made with StAX for comparison, and {@code read_s} reads every row as the job does,
 * the pass included.
 */
public final class MergePassBench {

    private static final List<String> HEADER = List.of("Provider", "Country", "City", "Program", "Price", "Cell source",
            "Route", "Registration", "Claims", "Source", "Last verified");
    private static final String[][] PLACES = {{"Thailand", "Bangkok"}, {"Mexico", "Tijuana"}, {"India", "New Delhi"},
            {"Vietnam", "Ho Chi Minh City"}, {"Panama", "Panama City"}, {"Germany", "Düsseldorf"}};
    private static final int BLOCK = 10;

    private MergePassBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2 || args.length > 3) {
            System.err.println("Usage: MergePassBench FILE ROWS [RUNS]");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        int rows = Integer.parseInt(args[1]);
        int runs = args.length == 3 ? Integer.parseInt(args[2]) : 3;
        if (!Files.exists(file)) {
            Files.createDirectories(file.toAbsolutePath().getParent());
            write(file, rows);
        }
        XlsxXml xml = new XlsxXml();
        long[] areas = new long[1];
        long[] bytes = new long[1];
        double inflate = best(runs, () -> withPart(file, in -> bytes[0] = in.transferTo(OutputStream.nullOutputStream())));
        double pass = best(runs, () -> withPart(file, in -> areas[0] = XlsxMergeCells.read(in, xml).areas().size()));
        double staxPass = best(runs, () -> withPart(file, in -> staxPass(xml, in)));
        double read = best(runs, () -> readAll(file));
        System.out.printf(Locale.ROOT, "rows=%d part_mb=%.0f areas=%d inflate_s=%.2f pass_s=%.2f stax_pass_s=%.2f read_s=%.2f"
                + " pass/read=%.2f%n", rows, bytes[0] / 1e6, areas[0], inflate, pass, staxPass, read, pass / read);
    }

    /** A sheet of ROWS offerings under one header, each country merged down over its block of rows. */
    private static void write(Path file, int rows) throws IOException {
        Random random = new Random(20261101L);
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
            workbook.setCompressTempFiles(true);
            CellStyle isoDate = workbook.createCellStyle();
            isoDate.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            Sheet sheet = workbook.createSheet("Offerings");
            Row header = sheet.createRow(0);
            for (int column = 0; column < HEADER.size(); column++) {
                header.createCell(column).setCellValue(HEADER.get(column));
            }
            for (int i = 1; i <= rows; i++) {
                String[] place = PLACES[(i - 1) / BLOCK % PLACES.length];
                Row row = sheet.createRow(i);
                row.createCell(0).setCellValue("Clinic " + Integer.toString(random.nextInt(1 << 20), 36) + " " + i);
                if ((i - 1) % BLOCK == 0) {
                    row.createCell(1).setCellValue(place[0]);
                    int last = Math.min(i + BLOCK - 1, rows);
                    if (last > i) {
                        sheet.addMergedRegionUnsafe(new CellRangeAddress(i, last, 1, 1));
                    }
                }
                row.createCell(2).setCellValue(place[1]);
                row.createCell(3).setCellValue("Cerebral palsy protocol");
                row.createCell(4).setCellValue(5_000 + random.nextInt(400) * 100);
                row.createCell(5).setCellValue("umbilical cord mesenchymal stem cells");
                row.createCell(6).setCellValue("intravenous and intrathecal");
                if (i % 4 == 0) {
                    row.createCell(7).setCellValue("NCT0" + (4_000_000 + random.nextInt(999_999)));
                }
                if (i % 7 == 0) {
                    row.createCell(8).setCellValue("Guaranteed improvement");
                }
                row.createCell(9).setCellValue("https://example.org/clinic/" + i);
                var verified = row.createCell(10);
                verified.setCellValue(LocalDate.of(2025, 1, 1).plusDays(random.nextInt(690)));
                verified.setCellStyle(isoDate);
            }
            workbook.write(out);
        }
    }

    private interface PartReader {
        void read(InputStream in) throws Exception;
    }

    private static void withPart(Path file, PartReader reader) throws Exception {
        OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        try (InputStream in = pkg.getPartsByName(Pattern.compile("/xl/worksheets/sheet1\\.xml")).get(0).getInputStream()) {
            reader.read(in);
        } finally {
            pkg.revert();
        }
    }

    private static void staxPass(XlsxXml xml, InputStream in) throws XMLStreamException {
        XMLStreamReader reader = xml.open(in);
        MergedCells.Builder merges = new MergedCells.Builder();
        while (reader.hasNext()) {
            if (reader.next() == XMLStreamConstants.START_ELEMENT && "mergeCell".equals(reader.getLocalName())) {
                merges.add(CellRangeAddress.valueOf(reader.getAttributeValue(null, "ref")));
            }
        }
        reader.close();
        merges.build();
    }

    private static void readAll(Path file) throws IOException {
        try (TableFile table = TableFiles.open(file)) {
            table.sheets().next().rows().forEachRemaining(row -> { });
        }
    }

    private interface Timed {
        void run() throws Exception;
    }

    private static double best(int runs, Timed timed) throws Exception {
        double best = Double.MAX_VALUE;
        for (int run = 0; run < runs; run++) {
            long start = System.nanoTime();
            timed.run();
            best = Math.min(best, (System.nanoTime() - start) / 1e9);
        }
        return best;
    }
}
