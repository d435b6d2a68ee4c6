package org.cellcompare.report;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import org.cellcompare.rank.ConcernLevel;

/**
 * Times the two ways a table sheet can be written, side by side on the same rows: POI's own
 * streaming workbook (cells, links and all as POI objects; optionally with compressed temporary
 * files) and {@link WorkbookFile}'s worksheet parts. Prints wall and CPU seconds per way and pass.
 *
 * <pre>java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
 *     org.cellcompare.report.TableWriterBench 200000 3 /tmp</pre>
 */
public final class TableWriterBench {

    private static final List<Integer> WIDTHS = List.of(6, 30, 16, 30, 22, 12, 20, 24, 22, 21, 24, 18, 26, 44, 30, 11, 30, 30);

    private TableWriterBench() {
    }

    public static void main(String[] args) throws IOException {
        int rows = Integer.parseInt(args[0]);
        int passes = Integer.parseInt(args[1]);
        Path folder = Files.createTempDirectory(Path.of(args[2]), "table-bench");
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int pass = 1; pass <= passes; pass++) {
            for (String way : List.of("poi", "poi-compressed-temp", "worksheet-xml")) {
                Path file = folder.resolve(way + ".xlsx");
                long cpu = os.getProcessCpuTime();
                long start = System.nanoTime();
                write(way, rows, file, folder);
                System.out.printf("pass=%d way=%s rows=%d wall_s=%.2f cpu_s=%.2f size_mb=%.1f%n", pass, way, rows,
                        (System.nanoTime() - start) / 1e9, (os.getProcessCpuTime() - cpu) / 1e9, Files.size(file) / 1e6);
                Files.delete(file);
            }
        }
    }

    private static void write(String way, int rows, Path file, Path folder) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        workbook.setCompressTempFiles(way.equals("poi-compressed-temp"));
        try (OutputStream out = Files.newOutputStream(file)) {
            ReportStyles styles = new ReportStyles(workbook, "USD");
            Sheet sheet = workbook.createSheet("Commercial clinics");
            if (way.equals("worksheet-xml")) {
                try (WorkbookFile parts = new WorkbookFile(workbook, out, folder, task -> new Thread(task).start())) {
                    fill(new SheetWriter(parts.table(sheet, 0), styles, WIDTHS), styles, rows);
                    parts.finish();
                }
            } else {
                fill(new SheetWriter(sheet, styles, WIDTHS), styles, rows);
                workbook.write(out);
            }
        } finally {
            workbook.close();
        }
    }

    /** Rows shaped like the ranked sheets': wrapped text of several lengths, amounts, dates, two links. */
    private static void fill(SheetWriter out, ReportStyles styles, int rows) {
        List<String> headers = new ArrayList<>();
        for (int i = 0; i < WIDTHS.size(); i++) {
            headers.add("Column " + i);
        }
        out.headers(headers);
        LocalDate verified = LocalDate.of(2026, 1, 1);
        for (int i = 1; i <= rows; i++) {
            out.row().number(i).wrapped("Clínica Regenerativa " + i % 977).text("Mexico").wrapped("Program " + i % 31)
                    .wrapped("from $" + (5_000 + i % 20_000)).number(BigDecimal.valueOf(5_000 + i % 20_000), styles.money)
                    .text("5,000 USD to 20,000 USD").wrapped("Umbilical-cord MSC; Bone-marrow MSC")
                    .wrapped("Intravenous; Intrathecal (lumbar puncture)")
                    .link("NCT0" + (2_000_000 + i), "https://clinicaltrials.gov/study/NCT0" + (2_000_000 + i))
                    .wrapped(i % 4 == 0 ? "NCT0" + (2_000_000 + i) + ": found, about cerebral palsy" : null)
                    .text("High concern", styles.concern(ConcernLevel.values()[i % ConcernLevel.values().length]))
                    .wrapped("NO_REGISTRATION, CURE_CLAIM, INTRATHECAL_ROUTE")
                    .wrapped("High concern (7 points). No valid trial-registry number; claims of cure or guarantee; "
                            + "injection by lumbar puncture.")
                    .link("clinic" + i + ".example.com", "https://clinic" + i + ".example.com/cerebral-palsy")
                    .date(verified.plusDays(i % 300)).wrapped("offerings-0" + i % 5 + ".xlsx, Offerings, row " + i)
                    .wrapped(i % 10 == 0 ? "offerings-09.csv, row " + i : null);
        }
        out.table(0);
    }
}
