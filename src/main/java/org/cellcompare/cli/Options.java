package org.cellcompare.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The command line as the user typed it: the documented options, and settings passed through to
 * Spring ({@code --cellcompare.*}, {@code --spring.*}, {@code --logging.*}). Anything else is a
 * mistake worth one clear sentence.
 */
record Options(String month, Path input, Path output, String currency, String locale, Path template, boolean force,
               boolean rerun, boolean debug, boolean help, boolean version, boolean updateRates, boolean updateRegistry,
               boolean updateTravel, List<String> settings) {

    private static final Set<String> VALUED = Set.of("month", "input", "output", "currency", "locale", "template",
            "travellers", "rates-url", "registry-url", "travel-url");
    private static final List<String> FLAGS = List.of("rerun", "debug", "version", "help", "update-rates", "update-registry",
            "update-travel", "force", "no-html");
    private static final List<String> SETTING_PREFIXES = List.of("cellcompare.", "spring.", "logging.");

    static Options parse(String... args) {
        String month = null;
        String currency = null;
        String locale = "en";
        Path template = null;
        Path input = Path.of("input");
        Path output = Path.of("output");
        boolean force = false;
        boolean rerun = false;
        boolean debug = false;
        boolean help = false;
        boolean version = false;
        boolean updateRates = false;
        boolean updateRegistry = false;
        boolean updateTravel = false;
        List<String> settings = new ArrayList<>();
        for (String arg : args) {
            if (arg.equals("--help") || arg.equals("-h")) {
                help = true;
                continue;
            }
            if (!arg.startsWith("--")) {
                Optional<String> meant = arg.strip().matches("\\d{4}-\\d{1,2}") ? Optional.of("--month=" + arg.strip())
                        : closest(arg.replaceFirst("^-+", ""));
                throw new UsageException("Unknown argument '" + arg + "'; options start with --" + meant
                        .map(option -> ": did you mean " + option + "?").orElse(", run with --help to see them."));
            }
            String body = arg.substring(2);
            int eq = body.indexOf('=');
            String name = eq < 0 ? body : body.substring(0, eq);
            String value = eq < 0 ? null : body.substring(eq + 1);
            if (SETTING_PREFIXES.stream().anyMatch(name::startsWith)) {
                if (value == null) {
                    throw new UsageException("The setting --" + name + " needs a value, e.g. --" + name + "=VALUE.");
                }
                settings.add(arg);
                continue;
            }
            if (VALUED.contains(name) && (value == null || value.isBlank())) {
                throw new UsageException("The option --" + name + " needs a value, e.g. " + example(name) + ".");
            }
            switch (name) {
                case "month" -> month = value;
                case "input" -> input = Path.of(value);
                case "output" -> output = Path.of(value);
                case "currency" -> currency = value;
                case "locale" -> locale = value;
                case "template" -> template = Path.of(value);
                case "force" -> force = flag(name, value);
                case "rerun" -> rerun = flag(name, value);
                case "debug" -> debug = flag(name, value);
                case "version" -> version = flag(name, value);
                case "update-rates" -> updateRates = flag(name, value);
                case "update-registry" -> updateRegistry = flag(name, value);
                case "travellers" -> settings.add("--cellcompare.travel.travellers=" + value);
                case "update-travel" -> updateTravel = flag(name, value);
                case "rates-url" -> settings.add("--cellcompare.updates.rates-url=" + value);
                case "registry-url" -> settings.add("--cellcompare.updates.registry-url=" + value);
                case "travel-url" -> settings.add("--cellcompare.updates.travel-url=" + value);
                case "no-html" -> {
                    flag(name, value);
                    settings.add("--cellcompare.page.enabled=false");
                }
                default -> throw new UsageException("Unknown option '--" + name + "'" + closest(body)
                        .map(option -> "; did you mean " + option + "?").orElse("; run with --help to see the options."));
            }
        }
        if (force && template == null) {
            throw new UsageException("--force only replaces an existing template, with --template=FILE.xlsx; to run a month"
                    + " again, add --rerun instead.");
        }
        return new Options(month, input, output, currency, locale, template, force, rerun, debug, help, version, updateRates,
                updateRegistry, updateTravel, List.copyOf(settings));
    }

    /**
     * The option the user most likely meant, with the value as typed: the nearest name by the
     * letters one would have to add, drop, change or swap, when that is at most one for a short name and
     * two for a longer one.
     */
    static Optional<String> closest(String typed) {
        int eq = typed.indexOf('=');
        String name = (eq < 0 ? typed : typed.substring(0, eq)).toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String option : options()) {
            int distance = distance(name, option);
            if (distance < bestDistance && distance <= (option.length() < 6 ? 1 : 2)) {
                best = option;
                bestDistance = distance;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        boolean valued = VALUED.contains(best);
        String value = eq < 0 ? "" : typed.substring(eq + 1);
        return Optional.of("--" + best + (valued ? "=" + (value.isEmpty() ? example(best).substring(best.length() + 3) : value) : ""));
    }

    private static List<String> options() {
        List<String> all = new ArrayList<>(new TreeSet<>(VALUED));
        all.addAll(FLAGS);
        return all;
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and swaps of two neighbours. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    private static boolean flag(String name, String value) {
        if (value != null) {
            throw new UsageException("The option --" + name + " takes no value; write just --" + name + ".");
        }
        return true;
    }

    private static String example(String name) {
        return switch (name) {
            case "month" -> "--month=2026-11";
            case "currency" -> "--currency=EUR";
            case "locale" -> "--locale=es";
            case "template" -> "--template=offerings-template.xlsx";
            case "travellers" -> "--travellers=3";
            case "rates-url" -> "--rates-url=https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist.zip";
            case "registry-url" -> "--registry-url=https://clinicaltrials.gov/api/v2/studies";
            case "travel-url" -> "--travel-url=https://aoprals.state.gov/content/Documents/April2026PD.xls";
            default -> "--" + name + "=folder";
        };
    }

    /** The user typed something CellCompare does not understand. */
    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }
}
