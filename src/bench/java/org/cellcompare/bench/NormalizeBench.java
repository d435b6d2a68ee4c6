package org.cellcompare.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvValidationException;

import org.cellcompare.ingest.CellValue;
import org.cellcompare.ingest.HeaderMatcher;
import org.cellcompare.ingest.OfferingColumn;
import org.cellcompare.ingest.RawRow;
import org.cellcompare.normalize.CountryNames;
import org.cellcompare.normalize.CurrencyResolver;
import org.cellcompare.normalize.DateOrder;
import org.cellcompare.normalize.OfferingNormalizer;
import org.cellcompare.normalize.PriceParser;
import org.cellcompare.normalize.RowRejectedException;
import org.cellcompare.support.Offerings;

/**
 * Times normalizing alone, in one warm JVM, on the benchmark's generated {@code .csv} rows: the
 * whole-job benchmark swings by a third with the machine's speed from one hour to the next, too
 * much to show a parser's change of a few microseconds a row, while the best of several passes
 * over the same rows in one process barely moves.
 *
 * <p>Usage: {@code NormalizeBench OFFERINGS_DIR [PASSES]}; prints
 * {@code rows= normalize_us_per_row= price_us_per_row=}, each the best pass.
 */
public final class NormalizeBench {

    private NormalizeBench() {
    }

    public static void main(String[] args) throws IOException, CsvValidationException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("Usage: NormalizeBench OFFERINGS_DIR [PASSES]");
            System.exit(2);
        }
        List<RawRow> rows = csvRows(Path.of(args[0]));
        int passes = args.length == 2 ? Integer.parseInt(args[1]) : 10;
        OfferingNormalizer normalizer = new OfferingNormalizer(new CountryNames(), new CurrencyResolver(), Offerings.RATES,
                Offerings.EXPORT, "USD", DateOrder.DAY_FIRST);
        PriceParser prices = new PriceParser(new CurrencyResolver());
        double bestRow = Double.MAX_VALUE;
        double bestPrice = Double.MAX_VALUE;
        long sink = 0;
        for (int pass = 0; pass < passes; pass++) {
            long start = System.nanoTime();
            for (RawRow row : rows) {
                try {
                    sink += normalizer.process(row).hashCode();
                } catch (RowRejectedException e) {
                    sink++;
                }
            }
            long normalized = System.nanoTime();
            for (RawRow row : rows) {
                sink += prices.parse(row.text(OfferingColumn.PRICE)).hashCode();
            }
            long parsed = System.nanoTime();
            bestRow = Math.min(bestRow, (normalized - start) / 1e3 / rows.size());
            bestPrice = Math.min(bestPrice, (parsed - normalized) / 1e3 / rows.size());
        }
        System.err.println("(checksum " + sink + ")");
        System.out.printf("rows=%d normalize_us_per_row=%.1f price_us_per_row=%.1f%n", rows.size(), bestRow, bestPrice);
    }

    /** Every row of every {@code .csv} in the folder, with its columns recognised as the job recognises them. */
    private static List<RawRow> csvRows(Path folder) throws IOException, CsvValidationException {
        HeaderMatcher headers = new HeaderMatcher();
        List<RawRow> rows = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(file -> file.toString().endsWith(".csv")).sorted().toList();
        }
        for (Path file : files) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8); CSVReader csv = new CSVReader(reader)) {
                String[] header = csv.readNext();
                OfferingColumn[] columns = new OfferingColumn[header.length];
                for (int i = 0; i < header.length; i++) {
                    columns[i] = headers.columnFor(header[i]);
                }
                int number = 1;
                for (String[] line = csv.readNext(); line != null; line = csv.readNext()) {
                    number++;
                    Map<OfferingColumn, CellValue> values = new EnumMap<>(OfferingColumn.class);
                    Map<OfferingColumn, String> names = new EnumMap<>(OfferingColumn.class);
                    for (int i = 0; i < Math.min(line.length, columns.length); i++) {
                        if (columns[i] != null) {
                            values.put(columns[i], CellValue.ofText(line[i]));
                            names.put(columns[i], header[i]);
                        }
                    }
                    rows.add(new RawRow(file.getFileName().toString(), null, number, values, names));
                }
            }
        }
        return rows;
    }
}
