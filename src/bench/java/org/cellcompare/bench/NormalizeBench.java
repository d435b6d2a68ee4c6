package org.cellcompare.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.batch.infrastructure.item.ExecutionContext;

import org.cellcompare.config.DateOrder;
import org.cellcompare.ingest.HeaderMatcher;
import org.cellcompare.ingest.OfferingColumn;
import org.cellcompare.ingest.OfferingRowReader;
import org.cellcompare.ingest.RawRow;
import org.cellcompare.normalize.CountryNames;
import org.cellcompare.normalize.CurrencyResolver;
import org.cellcompare.normalize.Offering;
import org.cellcompare.normalize.OfferingNormalizer;
import org.cellcompare.normalize.PriceParser;
import org.cellcompare.normalize.RowRejectedException;
import org.cellcompare.support.Offerings;
import org.cellcompare.travel.PerDiemFile;
import org.cellcompare.travel.PerDiemTable;
import org.cellcompare.travel.TravelCosts;
import org.cellcompare.travel.TravelCountries;
import org.cellcompare.travel.TripEstimator;

/**
 * Times normalizing alone, in one warm JVM, on the benchmark's generated {@code .csv} rows: the
 * whole-job benchmark swings by a third with the machine's speed from one hour to the next, too
 * much to show a parser's change of a few microseconds a row, while the best of several passes
 * over the same rows in one process barely moves.
 *
 * <p>Usage: {@code NormalizeBench OFFERINGS_DIR [PASSES]}; prints
 * {@code rows= normalize_us_per_row= price_us_per_row= trip_us_per_row=}, each the best pass; the
 * trip estimate is timed on the rows normalized, with the sample's per diem file.
 */
public final class NormalizeBench {

    private static final Path PER_DIEM = Path.of("input/travel/foreign-per-diem-2026-04.csv");

    private NormalizeBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1 || args.length > 2) {
            System.err.println("Usage: NormalizeBench OFFERINGS_DIR [PASSES]");
            System.exit(2);
        }
        List<RawRow> rows = csvRows(Path.of(args[0]));
        int passes = args.length == 2 ? Integer.parseInt(args[1]) : 10;
        OfferingNormalizer normalizer = new OfferingNormalizer(new CountryNames(), new CurrencyResolver(), Offerings.RATES,
                Offerings.EXPORT, "USD", DateOrder.DAY_FIRST, Offerings.REPORT_MONTH);
        PriceParser prices = new PriceParser(new CurrencyResolver());
        List<Offering> offerings = new ArrayList<>();
        for (RawRow row : rows) {
            try {
                offerings.add(normalizer.normalize(row));
            } catch (RowRejectedException e) {
                // a row the job leaves out has no trip to estimate
            }
        }
        PerDiemTable perDiem = PerDiemFile.read(PER_DIEM, PER_DIEM.toString(), new TravelCountries(new CountryNames()),
                new ArrayList<>());
        TripEstimator trips = new TripEstimator(new TravelCosts(perDiem, Map.of(), null), Offerings.RATES, "USD",
                Offerings.REPORT_DATE, new TripEstimator.Party(2, 2));
        double bestRow = Double.MAX_VALUE;
        double bestPrice = Double.MAX_VALUE;
        double bestTrip = Double.MAX_VALUE;
        long sink = 0;
        for (int pass = 0; pass < passes; pass++) {
            long start = System.nanoTime();
            for (RawRow row : rows) {
                try {
                    sink += normalizer.normalize(row).hashCode();
                } catch (RowRejectedException e) {
                    sink++;
                }
            }
            long normalized = System.nanoTime();
            for (RawRow row : rows) {
                sink += prices.parse(row.text(OfferingColumn.PRICE)).hashCode();
            }
            long parsed = System.nanoTime();
            for (Offering offering : offerings) {
                sink += trips.estimate(offering).hashCode();
            }
            long estimated = System.nanoTime();
            bestRow = Math.min(bestRow, (normalized - start) / 1e3 / rows.size());
            bestPrice = Math.min(bestPrice, (parsed - normalized) / 1e3 / rows.size());
            bestTrip = Math.min(bestTrip, (estimated - parsed) / 1e3 / offerings.size());
        }
        System.err.println("(checksum " + sink + ")");
        System.out.printf("rows=%d normalize_us_per_row=%.1f price_us_per_row=%.1f trip_us_per_row=%.1f%n", rows.size(),
                bestRow, bestPrice, bestTrip);
    }

    /** Every row of every {@code .csv} in the folder, read by the job's own reader. */
    private static List<RawRow> csvRows(Path folder) throws Exception {
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(file -> file.toString().endsWith(".csv")).sorted().toList();
        }
        int headerScanRows = Offerings.applicationYml().ingest().headerScanRows();
        List<RawRow> rows = new ArrayList<>();
        for (Path file : files) {
            OfferingRowReader reader = new OfferingRowReader(file, new HeaderMatcher(), headerScanRows, note -> { });
            reader.open(new ExecutionContext());
            try {
                for (RawRow row = reader.read(); row != null; row = reader.read()) {
                    rows.add(row);
                }
            } finally {
                reader.close();
            }
        }
        return rows;
    }
}
