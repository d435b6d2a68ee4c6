package org.cellcompare.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import com.opencsv.CSVReader;
import com.opencsv.CSVWriter;
import com.opencsv.exceptions.CsvValidationException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes the benchmark's offerings: ROWS rows shaped like the listings analysts collect, split
 * evenly over {@code offerings-01.xlsx} … {@code offerings-05.xlsx} and {@code offerings-06.csv} …
 * {@code offerings-10.csv}.
 *
 * <p>The rows are as messy as real listings, so the job does its real work on them: prices in a
 * dozen currencies and styles (lakh grouping, decimal commas, ranges, "3 x 4,500 EUR", "price on
 * request"), a registry number on about a quarter (some in the sample registry export, some
 * malformed), cure claims, one row in twenty repeating an earlier clinic (often in another file),
 * one in two hundred without a provider. A fixed seed makes the same ROWS give the same files.
 *
 * <p>Usage: {@code BenchmarkOfferings OUTPUT_DIR ROWS [REGISTRY_CSV]}; REGISTRY_CSV defaults to
 * {@code input/registry/ctg-studies.csv}, whose NCT numbers some rows cite.
 */
public final class BenchmarkOfferings {

    static final List<String> HEADER = List.of("Provider", "Country", "City", "Program", "Price", "Cell source",
            "Route", "Registration", "Claims", "Source", "Last verified");
    static final int PROVIDER = HEADER.indexOf("Provider");
    static final int COUNTRY = HEADER.indexOf("Country");
    static final int PRICE = HEADER.indexOf("Price");
    static final int REGISTRATION = HEADER.indexOf("Registration");
    static final int LAST_VERIFIED = HEADER.indexOf("Last verified");

    private static final int FILES = 10;
    private static final int XLSX_FILES = 5;
    private static final long SEED = 20261101L;
    private static final Date CREATED = Date.from(Instant.parse("2026-11-01T00:00:00Z"));

    private BenchmarkOfferings() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2 || args.length > 3 || !args[1].matches("\\d{1,9}")) {
            System.err.println("Usage: BenchmarkOfferings OUTPUT_DIR ROWS [REGISTRY_CSV]");
            System.exit(2);
        }
        Path folder = Path.of(args[0]);
        int rows = Integer.parseInt(args[1]);
        Path registry = Path.of(args.length == 3 ? args[2] : "input/registry/ctg-studies.csv");
        Files.createDirectories(folder);
        Listings listings = new Listings(new Random(SEED), registeredNctNumbers(registry));
        for (int file = 1; file <= FILES; file++) {
            int share = rows / FILES + (file <= rows % FILES ? 1 : 0);
            String name = String.format(Locale.ROOT, "offerings-%02d", file);
            if (file <= XLSX_FILES) {
                writeXlsx(folder.resolve(name + ".xlsx"), listings, share);
            } else {
                writeCsv(folder.resolve(name + ".csv"), listings, share);
            }
        }
        System.err.println("BenchmarkOfferings: " + rows + " rows in " + FILES + " files in " + folder);
    }

    /** The export's NCT numbers, so some rows cite a trial the job can find; none if there is no export. */
    private static List<String> registeredNctNumbers(Path registry) throws IOException {
        if (!Files.isRegularFile(registry)) {
            System.err.println("BenchmarkOfferings: no " + registry + "; every NCT number will be invented");
            return List.of();
        }
        List<String> numbers = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(registry, StandardCharsets.UTF_8); CSVReader csv = new CSVReader(reader)) {
            int column = Arrays.asList(csv.readNext()).indexOf("NCT Number");
            for (String[] record = csv.readNext(); record != null; record = csv.readNext()) {
                if (column >= 0 && column < record.length && record[column].startsWith("NCT")) {
                    numbers.add(record[column]);
                }
            }
        } catch (CsvValidationException e) {
            throw new IOException("Cannot read " + registry + ": " + e.getMessage(), e);
        }
        return numbers;
    }

    /**
     * Like an analyst's workbook: a bare price is a number and the verification date a date cell,
     * so the job's numeric and date paths run too. Streaming keeps a 100,000-row file in little memory.
     */
    private static void writeXlsx(Path file, Listings listings, int rows) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
            workbook.setCompressTempFiles(true);
            // a fixed creation time, so the same ROWS give the same bytes
            workbook.getXSSFWorkbook().getProperties().getCoreProperties().setCreated(Optional.of(CREATED));
            CellStyle isoDate = workbook.createCellStyle();
            isoDate.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            Sheet sheet = workbook.createSheet("Offerings");
            Row header = sheet.createRow(0);
            for (int column = 0; column < HEADER.size(); column++) {
                header.createCell(column).setCellValue(HEADER.get(column));
            }
            for (int i = 1; i <= rows; i++) {
                String[] listing = listings.next();
                Row row = sheet.createRow(i);
                for (int column = 0; column < listing.length; column++) {
                    String value = listing[column];
                    if (value.isEmpty()) {
                        continue;
                    }
                    Cell cell = row.createCell(column);
                    if (column == PRICE && value.chars().allMatch(Character::isDigit)) {
                        cell.setCellValue(Long.parseLong(value));
                    } else if (column == LAST_VERIFIED) {
                        cell.setCellValue(LocalDate.parse(value));
                        cell.setCellStyle(isoDate);
                    } else {
                        cell.setCellValue(value);
                    }
                }
            }
            workbook.write(out);
        }
    }

    /** UTF-8, commas, quotes only where a value holds a comma or quote, as spreadsheet exports do. */
    private static void writeCsv(Path file, Listings listings, int rows) throws IOException {
        try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8); CSVWriter csv = new CSVWriter(writer)) {
            csv.writeNext(HEADER.toArray(String[]::new), false);
            for (int i = 0; i < rows; i++) {
                csv.writeNext(listings.next(), false);
            }
        }
    }

    /** A clinic's identity as the job sees it; a repeat listing keeps it and changes the rest. */
    private record Clinic(String provider, String country, String city, String program, String source) {
    }

    /** One listing after another, in the benchmark's column order. */
    private static final class Listings {

        private static final String[][] PLACES = {
                {"Mexico", "Tijuana", "Cancún", "Guadalajara"}, {"Thailand", "Bangkok", "Chiang Mai", "Phuket"},
                {"India", "New Delhi", "Mumbai", "Bengaluru"}, {"Panama", "Panama City"},
                {"Germany", "Düsseldorf", "Munich", "Berlin"}, {"China", "Shanghai", "Beijing", "Guangzhou"},
                {"Colombia", "Medellín", "Bogotá"}, {"Ukraine", "Kyiv", "Kharkiv"}, {"Turkey", "Istanbul", "Ankara"},
                {"Vietnam", "Hanoi", "Ho Chi Minh City"}, {"Peru", "Lima"}, {"Russia", "Moscow", "Saint Petersburg"},
                {"Cyprus", "Nicosia", "Limassol"}, {"Argentina", "Buenos Aires", "Córdoba"},
                {"Philippines", "Manila", "Cebu City"}};
        // Spellings the job's country names accept; listings written abroad use them.
        private static final List<String[]> OTHER_SPELLINGS = List.of(new String[] {"Mexico", "México"},
                new String[] {"Turkey", "Türkiye"}, new String[] {"Vietnam", "Viet Nam"}, new String[] {"Russia", "Russian Federation"});
        private static final List<String> NAME_STARTS = List.of("Nova", "Bio", "Regen", "Vita", "Neuro", "Stem", "Hope",
                "Medi", "Gen", "Life", "Cyto", "Prime");
        private static final List<String> NAME_ENDS = List.of("Cell", "Care", "Med", "Genix", "Thera", "Vida", "Cure");
        private static final List<String> KINDS = List.of("Clinic", "Institute", "Center", "Medical Center", "Hospital",
                "Regenerative Medicine", "Stem Cell Centre");
        private static final List<String> PROGRAMS = List.of("Cerebral palsy protocol", "Neuro Restore program",
                "14-day programme", "8 injections over 2 weeks", "Single intrathecal infusion", "Intensive course, 5 days",
                "CP rehabilitation + stem cells", "Pediatric neuro-regeneration", "3 injections, one a month", "Stem cell therapy");
        private static final List<String> CELL_SOURCES = List.of("umbilical cord mesenchymal stem cells",
                "autologous bone marrow", "stem cells", "fetal stem cells", "adipose-derived", "cord blood",
                "Wharton's jelly MSC", "embryonic stem cells", "");
        private static final List<String> ROUTES = List.of("intravenous", "intrathecal", "intravenous and intrathecal",
                "intra-arterial", "lumbar puncture", "intranasal", "");
        private static final List<String> CLAIMS = List.of("Guaranteed improvement", "No side effects",
                "Cure for cerebral palsy", "Patients walk after treatment", "95% success rate",
                "Safe, natural, no side effects", "Guaranteed improvement; no side effects");
        private static final List<String> MALFORMED_REGISTRATIONS = List.of("NCT123", "NCT 0456 789", "NCT0412345",
                "pending", "ChiCTR-2000");
        // the styles of price() below that quote a country's own currency
        private static final Map<String, Integer> LOCAL_PRICE_STYLES = Map.of("Thailand", 2, "India", 3, "Germany", 4,
                "China", 5, "Colombia", 6, "Mexico", 7, "México", 7, "Turkey", 11, "Türkiye", 11);
        private static final LocalDate FIRST_VERIFIED = LocalDate.of(2025, 1, 1);
        private static final int VERIFIED_DAYS = (int) ChronoUnit.DAYS.between(FIRST_VERIFIED, LocalDate.of(2026, 11, 30)) + 1;

        private final Random random;
        private final List<String> registeredNctNumbers;
        private final List<Clinic> clinics = new ArrayList<>();
        private int listed;

        Listings(Random random, List<String> registeredNctNumbers) {
            this.random = random;
            this.registeredNctNumbers = registeredNctNumbers;
        }

        String[] next() {
            listed++;
            Clinic clinic = random.nextInt(20) == 0 && !clinics.isEmpty() ? clinics.get(random.nextInt(clinics.size())) : newClinic();
            return new String[] {clinic.provider(), clinic.country(), clinic.city(), clinic.program(), price(clinic.country()),
                    pick(CELL_SOURCES), pick(ROUTES), registration(), random.nextInt(7) == 0 ? pick(CLAIMS) : "",
                    clinic.source(), FIRST_VERIFIED.plusDays(random.nextInt(VERIFIED_DAYS)).toString()};
        }

        private Clinic newClinic() {
            String[] place = PLACES[random.nextInt(PLACES.length)];
            String city = place[1 + random.nextInt(place.length - 1)];
            String country = place[0];
            for (String[] spelling : OTHER_SPELLINGS) {
                if (spelling[0].equals(country) && random.nextInt(5) == 0) {
                    country = spelling[1];
                }
            }
            String program = pick(PROGRAMS);
            if (random.nextInt(200) == 0) {
                // a directory row nobody named; never repeated, as there is nothing to match it by
                return new Clinic("", country, city, program, "https://stemcell-directory.example.org/listing/" + listed);
            }
            // the listing number keeps names unique, so only deliberate repeats are duplicates
            String provider = pick(NAME_STARTS) + pick(NAME_ENDS).toLowerCase(Locale.ROOT) + " " + pick(KINDS) + " " + listed;
            Clinic clinic = new Clinic(provider, country, city, program,
                    "https://" + provider.toLowerCase(Locale.ROOT).replace(' ', '-') + ".example.com/cerebral-palsy");
            clinics.add(clinic);
            return clinic;
        }

        /** Half the clinics quote in their own currency, the others in one of every style. */
        private String price(String country) {
            Integer local = LOCAL_PRICE_STYLES.get(country);
            return price(local != null && random.nextBoolean() ? local : random.nextInt(15));
        }

        private String price(int style) {
            return switch (style) {
                case 0 -> "USD " + grouped(amount(5_000, 40_000, 500), ',');
                case 1 -> "$" + grouped(amount(5_000, 30_000, 500), ',');
                case 2 -> "฿" + grouped(amount(150_000, 1_200_000, 10_000), ',');
                case 3 -> "₹" + lakhs(amount(300_000, 2_500_000, 10_000));
                case 4 -> "€" + grouped(amount(6_000, 30_000, 250), '.') + ",00";
                case 5 -> "¥" + grouped(amount(40_000, 250_000, 1_000), ',');
                case 6 -> grouped(amount(15_000_000, 120_000_000, 500_000), '.') + " COP";
                case 7 -> "MXN " + grouped(amount(100_000, 700_000, 5_000), ',');
                case 8 -> {
                    int from = amount(4_000, 15_000, 500);
                    yield "from $" + grouped(from, ',') + " to $" + grouped(from + amount(2_000, 15_000, 500), ',');
                }
                case 9 -> "price on request";
                case 10 -> "£" + grouped(amount(5_000, 25_000, 250), ',');
                case 11 -> "TRY " + grouped(amount(150_000, 900_000, 5_000), '.');
                case 12 -> "US$ " + grouped(amount(8_000, 40_000, 500), ' ');
                case 13 -> (2 + random.nextInt(7)) + " x " + grouped(amount(1_500, 8_000, 250), ',') + " EUR";
                default -> String.valueOf(amount(5_000, 35_000, 500));
            };
        }

        private String registration() {
            if (random.nextInt(4) != 0) {
                return "";
            }
            int kind = random.nextInt(100);
            if (kind < 15 && !registeredNctNumbers.isEmpty()) {
                return pick(registeredNctNumbers);
            } else if (kind < 75) {
                return String.format(Locale.ROOT, "NCT0%07d", random.nextInt(10_000_000));
            } else if (kind < 87) {
                return "ChiCTR" + (1_800_000_000 + random.nextInt(300_000_000));
            } else if (kind < 95) {
                return String.format(Locale.ROOT, "CTRI/%d/%02d/%06d", 2017 + random.nextInt(9), 1 + random.nextInt(12),
                        random.nextInt(100_000));
            }
            return pick(MALFORMED_REGISTRATIONS);
        }

        /** A price as clinics quote it: a round number between low and high. */
        private int amount(int low, int high, int step) {
            return (low + random.nextInt(high - low + 1)) / step * step;
        }

        private String pick(List<String> values) {
            return values.get(random.nextInt(values.size()));
        }

        /** 1234567 as "1,234,567", "1.234.567" or "1 234 567". */
        private static String grouped(int amount, char separator) {
            return String.format(Locale.ROOT, "%,d", amount).replace(',', separator);
        }

        /** Indian grouping: thousands, then lakhs and crores in twos, 850000 as "8,50,000". */
        private static String lakhs(int amount) {
            String digits = Integer.toString(amount);
            if (digits.length() <= 3) {
                return digits;
            }
            StringBuilder grouped = new StringBuilder(digits.substring(digits.length() - 3));
            for (int end = digits.length() - 3; end > 0; end -= 2) {
                grouped.insert(0, digits.substring(Math.max(0, end - 2), end) + ",");
            }
            return grouped.toString();
        }
    }
}
