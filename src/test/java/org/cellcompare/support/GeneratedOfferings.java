package org.cellcompare.support;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * A large offerings CSV shaped like the market: many currencies and price styles, trials and
 * clinics, claims, one row in ten a repeat of an earlier one and one in two hundred without a
 * provider. The same size and seed always give the same bytes, so two runs can be compared.
 */
public final class GeneratedOfferings {

    private static final List<String[]> PLACES = List.of(
            new String[] {"Mexico", "Tijuana"}, new String[] {"Thailand", "Bangkok"}, new String[] {"India", "New Delhi"},
            new String[] {"Panama", "Panama City"}, new String[] {"Germany", "Düsseldorf"}, new String[] {"China", "Shanghai"},
            new String[] {"Colombia", "Medellín"}, new String[] {"Ukraine", "Kyiv"}, new String[] {"Turkey", "Istanbul"},
            new String[] {"Vietnam", "Hanoi"}, new String[] {"Peru", "Lima"}, new String[] {"Russia", "Moscow"});
    private static final List<String> PRICES = List.of("USD 14,000", "$9,500", "฿450,000", "₹8,50,000", "€12.500,00",
            "¥98,000", "45.000.000 COP", "MXN 350,000", "from $7,000 to $12,000", "price on request", "£11,250",
            "TRY 420.000", "18000", "US$ 21 000", "3 x 4,500 EUR");
    private static final List<String> CELLS = List.of("umbilical cord mesenchymal stem cells", "autologous bone marrow",
            "stem cells", "fetal stem cells", "adipose-derived", "cord blood", "");
    private static final List<String> ROUTES = List.of("intravenous", "intrathecal", "intravenous and intrathecal",
            "intra-arterial", "lumbar puncture", "");
    private static final List<String> CLAIMS = List.of("", "", "", "Guaranteed improvement", "No side effects",
            "Cure for cerebral palsy", "Patients walk after treatment");
    private static final List<String> REGISTRATIONS = List.of("", "", "", "", "NCT02569775", "NCT04512345", "NCT0000",
            "ChiCTR2000031234", "pending");

    private GeneratedOfferings() {
    }

    /** Writes {@code rows} data rows under a header to {@code file}, UTF-8, comma-separated. */
    public static Path csv(Path file, int rows, long seed) throws IOException {
        Random random = new Random(seed);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("Provider,Country,City,Program,Price,Cell source,Route,Registration,Claims,Source,Last verified\n");
            for (int i = 1; i <= rows; i++) {
                // one row in ten repeats an earlier clinic, so duplicates are merged across the file
                int clinic = i % 10 == 0 ? 1 + random.nextInt(i) : i;
                String[] place = PLACES.get(clinic % PLACES.size());
                String provider = i % 200 == 0 ? "" : "Clinic " + clinic;
                out.write(String.join(",", provider, place[0], place[1], "Program " + (clinic % 7),
                        quoted(pick(PRICES, random)), pick(CELLS, random), pick(ROUTES, random), pick(REGISTRATIONS, random),
                        quoted(pick(CLAIMS, random)), "https://example.org/clinic/" + clinic,
                        "2026-" + String.format("%02d", 1 + random.nextInt(10)) + "-" + String.format("%02d", 1 + random.nextInt(28))));
                out.write('\n');
            }
        }
        return file;
    }

    private static String pick(List<String> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }

    private static String quoted(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }
}
