package org.cellcompare.normalize;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.IntFunction;

import org.cellcompare.config.DateOrder;
import org.cellcompare.ingest.CellValue;
import org.cellcompare.ingest.OfferingColumn;
import org.cellcompare.ingest.RawRow;
import org.cellcompare.registry.RegistryIds;
import org.cellcompare.support.Offerings;
import org.cellcompare.text.Folding;

/**
 * Times every per-cell text reader of normalizing on one long cell of digits, spaces, dots,
 * commas and letters, at several lengths, to show whether its time grows with the length or
 * faster. The readers allow cells of up to a million characters, and a reader that is
 * quadratic, or that recurses once per character, stops the month on one such cell.
 *
 * <p>It sits in the normalize package to reach the package-private readers ({@code Durations}),
 * and a price parser without its bound on length ({@code price-unbounded}), which shows that
 * reading a price, not only refusing a long one, takes time in proportion to its length.
 * Each measurement runs on a thread of its own with a time limit; a reader past the limit is
 * reported and the process exits, since a regular expression cannot be interrupted.
 *
 * <p>Usage: {@code LongCellBench [READERS|all] [SHAPES|all] [SIZES] [LIMIT_SECONDS]}, lists
 * comma-separated; prints one line per measurement, the best of three runs after a warm-up:
 * {@code reader= shape= chars= ms=} (or {@code ms=>LIMIT}, {@code error=}).
 */
public final class LongCellBench {

    private static final CurrencyResolver CURRENCIES = new CurrencyResolver();
    private static final CountryNames COUNTRIES = new CountryNames();
    private static final PriceParser PRICES = new PriceParser(CURRENCIES);
    private static final OfferingNormalizer NORMALIZER = new OfferingNormalizer(COUNTRIES, CURRENCIES, Offerings.RATES,
            Offerings.EXPORT, "USD", DateOrder.DAY_FIRST, Offerings.REPORT_MONTH);

    private static final Map<String, Function<String, Object>> READERS = new LinkedHashMap<>();
    private static final Map<String, IntFunction<String>> SHAPES = new LinkedHashMap<>();

    static {
        READERS.put("price", PRICES::parse);
        READERS.put("price-unbounded", new PriceParser(CURRENCIES, Integer.MAX_VALUE)::parse);
        READERS.put("days", Durations::days);
        READERS.put("injections", Durations::injections);
        READERS.put("claims", ClaimScanner::find);
        READERS.put("cell-source", Vocabularies::cellSources);
        READERS.put("route", Vocabularies::routes);
        READERS.put("regulatory", Vocabularies::regulatoryStatus);
        READERS.put("patient-pays", Vocabularies::patientPays);
        READERS.put("currency-mentions", CURRENCIES::find);
        READERS.put("currency-column", CURRENCIES::candidates);
        READERS.put("verified-date", VerifiedDates::read);
        READERS.put("source-link", SourceLinks::safeLink);
        READERS.put("country", COUNTRIES::codeOf);
        READERS.put("registry-ids", RegistryIds::find);
        READERS.put("price-basis", PriceBasis::fromColumn);
        READERS.put("folding", Folding::words);
        READERS.put("whole-row", LongCellBench::wholeRow);

        SHAPES.put("digits", n -> repeat("9", n));
        SHAPES.put("grouped", n -> "1" + repeat(",000", n - 1));
        SHAPES.put("spaced-digits", n -> repeat("1 ", n));
        SHAPES.put("dotted-digits", n -> repeat("1.", n));
        SHAPES.put("marks", n -> repeat(". , ", n));
        SHAPES.put("letters", n -> repeat("a", n));
        SHAPES.put("words", n -> repeat("one ", n));
        SHAPES.put("mixed", LongCellBench::mixed);
        SHAPES.put("dollar-digits", n -> "$" + repeat("9", n - 1));
        SHAPES.put("number-then-spaces", n -> "1" + repeat(" ", n - 12) + "x days week");
        SHAPES.put("injection-ones", n -> "injection " + repeat("one", n - 12) + " x");
        SHAPES.put("route-words", n -> repeat("iv ", n));
        SHAPES.put("signs", n -> "from " + repeat(">", n - 7) + " 1");
        SHAPES.put("amounts-and-symbols", n -> repeat("1 x $ ", n));
        SHAPES.put("ranges", n -> repeat("1 - ", n));
    }

    private LongCellBench() {
    }

    public static void main(String[] args) throws Exception {
        List<String> readers = pick(args, 0, READERS.keySet());
        List<String> shapes = pick(args, 1, SHAPES.keySet());
        int[] sizes = args.length > 2 ? Arrays.stream(args[2].split(",")).mapToInt(Integer::parseInt).toArray()
                : new int[] {10_000, 100_000, 1_000_000};
        long limit = args.length > 3 ? Long.parseLong(args[3]) : 60;
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(null, r, "reader", 0);
            thread.setDaemon(true);
            return thread;
        });
        for (String reader : readers) {
            for (String shape : shapes) {
                Function<String, Object> read = READERS.get(reader);
                worker.submit(() -> {
                    for (int warm = 0; warm < 20; warm++) {
                        read.apply(SHAPES.get(shape).apply(1_000));
                    }
                }).get(limit, TimeUnit.SECONDS);
                for (int size : sizes) {
                    String text = SHAPES.get(shape).apply(size);
                    String result = null;
                    double best = Double.MAX_VALUE;
                    // the best of three, unless one run already takes seconds
                    for (int run = 0; run < 3 && result == null && (run == 0 || best < 5_000); run++) {
                        long start = System.nanoTime();
                        Future<Object> done = worker.submit(() -> read.apply(text));
                        try {
                            done.get(limit, TimeUnit.SECONDS);
                            best = Math.min(best, (System.nanoTime() - start) / 1e6);
                        } catch (TimeoutException e) {
                            System.out.printf("reader=%s shape=%s chars=%d ms=>%d%n", reader, shape, text.length(), limit * 1000);
                            System.out.flush();
                            System.exit(3);
                            return;
                        } catch (ExecutionException e) {
                            result = "error=" + e.getCause().getClass().getSimpleName();
                        }
                    }
                    System.out.printf("reader=%s shape=%s chars=%d %s%n", reader, shape, text.length(),
                            result != null ? result : String.format("ms=%.1f", best));
                    System.out.flush();
                }
            }
        }
        worker.shutdownNow();
    }

    private static List<String> pick(String[] args, int index, java.util.Set<String> all) {
        return args.length <= index || args[index].equals("all") ? List.copyOf(all) : List.of(args[index].split(","));
    }

    /** One row with the text in every column but the provider, through the job's own normalizer. */
    private static Object wholeRow(String text) {
        Map<OfferingColumn, CellValue> values = new EnumMap<>(OfferingColumn.class);
        Map<OfferingColumn, String> headers = new EnumMap<>(OfferingColumn.class);
        for (OfferingColumn column : OfferingColumn.values()) {
            values.put(column, CellValue.ofText(column == OfferingColumn.PROVIDER ? "Long Clinic" : text));
            headers.put(column, column.header());
        }
        return NORMALIZER.normalize(new RawRow("long.csv", null, 2, values, headers));
    }

    private static String repeat(String unit, int length) {
        StringBuilder text = new StringBuilder(length + unit.length());
        while (text.length() < length) {
            text.append(unit);
        }
        return text.substring(0, Math.max(length, 0));
    }

    private static String mixed(int length) {
        String alphabet = "0123456789 .,abcdefghijklmnopqrstuvwxyz";
        Random random = new Random(24);
        char[] text = new char[length];
        for (int i = 0; i < length; i++) {
            text[i] = alphabet.charAt(random.nextInt(alphabet.length()));
        }
        return new String(text);
    }
}
