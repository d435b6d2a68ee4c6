package org.cellcompare.report;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.stream.Collectors;


import org.cellcompare.normalize.CellSource;
import org.cellcompare.normalize.CellSource.CellOrigin;
import org.cellcompare.normalize.PriceKind;
import org.cellcompare.normalize.RegistryMatch;
import org.cellcompare.normalize.Route;
import org.cellcompare.rank.Flag;
import org.cellcompare.rank.Section;
import org.cellcompare.rank.ShownOffering;
import org.cellcompare.travel.TripEstimate.Gap;

/**
 * "Registered trials" or "Commercial clinics": one row per offering in rank order, with the
 * columns the spec lists (trials add what the registry says), flags as codes for analysts and in
 * words for families.
 */
final class RankedSheet {

    private final ReportQueries queries;
    private final ReportText text;
    private final ReportStyles styles;
    private final String currency;
    private final TripWords trips;
    private final NumberFormat wholeNumbers = NumberFormat.getIntegerInstance(Locale.US);
    // a few dozen sets of flags, cell sources and routes recur across a million rows; each is worded once
    private final Executor threads;
    private final Map<Set<Flag>, String> flagCodes = new ConcurrentHashMap<>();
    private final Map<Set<Flag>, String> flagTitles = new ConcurrentHashMap<>();
    private final Map<Set<CellSource>, String> cellSourceWords = new ConcurrentHashMap<>();
    private final Map<Set<Route>, String> routeWords = new ConcurrentHashMap<>();

    /** {@code threads}: where the ranked rows are read and worded while the sheet's cells are written. */
    RankedSheet(ReportQueries queries, ReportText text, ReportStyles styles, String currency, Executor threads) {
        this.threads = threads;
        this.queries = queries;
        this.text = text;
        this.styles = styles;
        this.currency = currency;
        this.trips = new TripWords(text, currency);
    }

    /**
     * Writes the section's sheet, and the same offerings, row for row, into the family sheet's block
     * and the web page's.
     */
    void write(SheetTarget sheet, long runId, Section section, RankedFigures figures, FamilySheet family,
               PageOfferings page) {
        boolean trials = section == Section.TRIAL;
        ReportQueries.TextLengths longest = queries.textLengths(runId, section);
        List<String> headers = new ArrayList<>(List.of(text.get("column.rank"), text.get("column.provider"),
                text.get("column.country"), text.get("column.program"), text.get("column.priceAsAdvertised"),
                text.get("column.courseCost", currency), text.get("column.costRange", currency),
                text.get("column.tripEstimate", currency), text.get("column.tripCovers"), text.get("column.cellSource"), text.get("column.route"), text.get("column.registration"),
                text.get("column.registryCheck")));
        List<Integer> widths = new ArrayList<>(List.of(6, fit(longest.provider(), 30), fit(longest.country(), 16),
                fit(longest.program(), 30), fit(longest.price(), 22), 12, 20, 12, 34, 24, 22, fit(longest.registration(), 22), 24));
        if (trials) {
            headers.addAll(List.of(text.get("column.trialStatus"), text.get("column.phase"), text.get("column.enrollment"),
                    text.get("column.registrySponsor")));
            widths.addAll(List.of(14, 9, 11, 22));
        }
        headers.addAll(List.of(text.get("column.concern"), text.get("column.flags"), text.get("column.why"),
                text.get("column.source"), text.get("column.lastVerified"), text.get("column.input"),
                text.get("column.alsoListedIn")));
        widths.addAll(List.of(18, 26, 44, fit(longest.source(), 30), 11, fit(longest.input(), 30),
                fit(longest.alsoListedIn(), 30)));
        SheetWriter out = new SheetWriter(sheet, styles, widths);
        out.headers(headers);
        int[] written = {0};
        family.start(section);
        Handoff.<RankedLine>run(threads, lines -> {
            int[] rank = {0};
            queries.forEachRanked(runId, section, row -> lines.accept(line(++rank[0], row, trials)));
        }, line -> {
            writeRow(out, line, trials);
            family.add(line);
            page.add(section, line);
            figures.count(section, line.row());
            written[0]++;
        });
        family.end(section);
        if (written[0] == 0) {
            out.row().skip().across(6, text.get(trials ? "ranked.noTrials" : "ranked.noClinics"), styles.wrapped);
        }
        out.table(0);
    }

    /** Wide enough for the longest text, but never so wide that a page holds one column. */
    private static int fit(int longest, int cap) {
        return Math.max(10, Math.min(cap, longest + 2));
    }

    /**
     * One offering's cells in words and figures, worked out on the reading thread. Everything
     * that formats or looks words up happens here, so the writing thread only lays out cells.
     */
    record RankedLine(RankedRow row, int rank, String country, String courseCostInWords, String costRange,
                      String tripCovers, String cellSource, String routes, String registrationIds, String registrationLink,
                      String registryCheck, String trialStatus, String phase, String concern, String flagCodes,
                      String why) {
    }

    private RankedLine line(int rank, RankedRow row, boolean trials) {
        ShownOffering shown = row.shown();
        List<RegistryMatch> registrations = shown.registrations();
        String country = text.country(shown.countryCode(), shown.countryText());
        return new RankedLine(row, rank, country, courseCostInWords(shown), costRange(row), trips.covers(shown.trip(), country),
                cellSource(row), routes(row),
                registrations.isEmpty() ? null : registrations.stream().map(m -> m.id().id()).collect(Collectors.joining(", ")),
                registrations.isEmpty() ? null : registrations.get(0).id().link(), registryCheck(registrations),
                trials ? text.trialStatus(shown.trialStatus()) : null, trials ? text.phase(shown.trialPhase()) : null,
                text.concern(row.concern()), joined(flagCodes, row.flags(), Flag::name, ", "), why(row));
    }

    private void writeRow(SheetWriter out, RankedLine line, boolean trials) {
        ShownOffering shown = line.row().shown();
        out.row().number(line.rank())
                .wrapped(shown.provider())
                .text(line.country())
                .wrapped(shown.program())
                .wrapped(shown.priceText());
        if (shown.reportingAmount() != null) {
            out.number(shown.reportingAmount(), styles.money);
        } else {
            out.wrapped(line.courseCostInWords());
        }
        out.text(line.costRange());
        if (shown.trip().isEstimated()) {
            out.number(shown.trip().amount(), styles.money);
        } else {
            out.text(trips.gap(shown.trip()));
        }
        // "stay unknown" in the cell before says it all, on most rows of most months: no sentence repeated a million times
        out.wrapped(shown.trip().gap() == Gap.STAY_UNKNOWN ? null : line.tripCovers())
                .wrapped(line.cellSource())
                .wrapped(line.routes());
        if (line.registrationIds() == null) {
            out.text(null);
        } else {
            out.link(line.registrationIds(), line.registrationLink());
        }
        out.wrapped(line.registryCheck());
        if (trials) {
            out.text(line.trialStatus()).text(line.phase()).integer(shown.trialEnrollment()).wrapped(shown.trialSponsor());
        }
        out.text(line.concern(), styles.concern(line.row().concern()))
                .wrapped(line.flagCodes())
                .wrapped(line.why())
                .link(shown.sourceText(), shown.sourceLink())
                .date(shown.lastVerified())
                .wrapped(shown.input())
                .wrapped(line.row().alsoListedIn());
    }

    /** Without a rate, the original amount as text; with one, the amount is a number cell instead. */
    private String courseCostInWords(ShownOffering shown) {
        if (shown.reportingAmount() == null && shown.courseAmount() != null) {
            return text.get("ranked.noRate", amount(shown.courseAmount()), shown.courseCurrency());
        }
        return null;
    }

    private String costRange(RankedRow row) {
        if (row.shown().reportingAmount() == null) {
            return null;
        }
        String low = row.shown().reportingLow() == null ? null : money(row.shown().reportingLow());
        String high = row.shown().reportingHigh() == null ? null : money(row.shown().reportingHigh());
        if (row.shown().priceKind() == PriceKind.FROM || high == null) {
            return text.get("range.from", low);
        }
        if (row.shown().priceKind() == PriceKind.UP_TO || low == null) {
            return text.get("range.upTo", high);
        }
        return low.equals(high) ? low : text.get("range.between", low, high);
    }

    private String money(BigDecimal value) {
        return amount(value) + " " + currency;
    }

    private String amount(BigDecimal value) {
        return wholeNumbers.format(value);
    }

    private String cellSource(RankedRow row) {
        String sources = joined(cellSourceWords, row.shown().cellSources(), text::cellSource, "; ");
        if (row.shown().cellSources().contains(CellSource.UNSPECIFIED) && row.shown().cellSourceText() != null) {
            return text.get("cellSource.asWritten", sources, row.shown().cellSourceText());
        }
        boolean cordBlood = row.shown().cellSources().contains(CellSource.ALLOGENEIC_CORD_BLOOD);
        if (cordBlood && row.shown().cellOrigin() == CellOrigin.UNKNOWN) {
            return sources.replace(text.cellSource(CellSource.ALLOGENEIC_CORD_BLOOD), text.get("cellSource.cordBloodOriginUnknown"));
        }
        return sources;
    }

    private String routes(RankedRow row) {
        String routes = joined(routeWords, row.shown().routes(), text::route, "; ");
        if (row.shown().routes().contains(Route.UNSPECIFIED) && row.shown().routeText() != null) {
            return text.get("route.asWritten", routes, row.shown().routeText());
        }
        return routes;
    }

    private String registryCheck(List<RegistryMatch> registrations) {
        return registrations.stream().map(m -> m.id().id() + ": " + text.get("check." + m.check().name()))
                .collect(Collectors.joining("; "));
    }

    /** The flags in words, so a family never has to look a code up. */
    private String why(RankedRow row) {
        String level = text.whyLevel(row.concern(), row.score());
        if (row.flags().isEmpty()) {
            return level + " " + text.get("why.none");
        }
        return level + " " + joined(flagTitles, row.flags(), text::flagTitle, "; ") + ".";
    }

    /** The values' words joined, in the set's order, made once per distinct set. */
    private static <E> String joined(Map<Set<E>, String> memo, Set<E> values, Function<E, String> words, String separator) {
        String joined = memo.get(values);
        if (joined == null) {
            joined = values.stream().map(words).collect(Collectors.joining(separator));
            memo.put(Set.copyOf(values), joined);
        }
        return joined;
    }
}
