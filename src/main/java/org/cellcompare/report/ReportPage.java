package org.cellcompare.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cellcompare.rank.ConcernLevel;
import org.cellcompare.rank.ConcernScorer;
import org.cellcompare.rank.Flag;
import org.cellcompare.rank.Section;
import org.cellcompare.report.MonthChanges.EarlierRun;
import org.cellcompare.report.PageContent.Block;
import org.cellcompare.report.PageContent.ChangeRow;
import org.cellcompare.report.PageContent.ConcernCount;
import org.cellcompare.report.PageContent.Count;
import org.cellcompare.report.PageContent.CountryRow;
import org.cellcompare.report.PageContent.CountryTable;
import org.cellcompare.report.PageContent.Sign;

/**
 * The month's web page, gathered while the workbook is written: the offerings and changes as the
 * sheets stream them, then the figures the Summary, "Flags explained" and "Read me first" show,
 * worded by the same messages. It holds no more than the page lists, however large the month.
 */
final class ReportPage {

    private final ReportText text;
    private final ReportContext context;
    private final PageOfferings offerings;
    private final FirstRows<ChangeRow> changes;

    /** {@code most}: offerings listed per section, and changes listed. */
    ReportPage(ReportText text, ReportContext context, int most) {
        this.text = text;
        this.context = context;
        this.offerings = new PageOfferings(text, context.currency(), context.locale(), most);
        this.changes = new FirstRows<>(most);
    }

    PageOfferings offerings() {
        return offerings;
    }

    /** A change as the Changes sheet lists it. */
    void addChange(Change change) {
        if (!changes.wanted()) {
            changes.skip();
            return;
        }
        changes.add(new ChangeRow(text.get("change." + change.kind().name()), change.provider(),
                text.country(change.countryCode(), change.countryText()), change.program(), change.before(), change.now()));
    }

    PageContent content(ReadMeSheet.Sources sources, SummarySheet.Figures figures, Map<Flag, Long> flagCounts,
                        ConcernScorer scorer, EarlierRun earlier, BigDecimal pricePercent) {
        String month = context.month().toString();
        return new PageContent(context.locale().getLanguage(), text.get("document.title", month),
                text.get("page.subtitle", monthName(), context.reportDate().toString(), context.currency()),
                text.get("readme.advice.1"), paragraphs("readme.what", sources), paragraphs("page.how", sources),
                List.of(block(Section.TRIAL), block(Section.CLINIC)), summary(figures),
                new PageContent.Changes(earlier == null ? text.get("changes.noHistory")
                        : text.get("changes.comparedWith", earlier.month().toString(), pricePercent), changes.rows(),
                        earlier == null ? null : changes.total() == 0 ? text.get("changes.none") : null,
                        cut(changes, "page.changesCut")),
                signs(flagCounts, scorer), paragraphs("readme.questions", sources), paragraphs("readme.data", sources));
    }

    /** "November 2026", "Noviembre de 2026": the month as the subtitle begins with it. */
    private String monthName() {
        String name = DateTimeFormatter.ofPattern(text.get("page.monthPattern"), context.locale()).format(context.month());
        return name.substring(0, 1).toUpperCase(context.locale()) + name.substring(1);
    }

    private List<String> paragraphs(String prefix, ReadMeSheet.Sources sources) {
        return ReadMeSheet.paragraphs(text, prefix, context, sources);
    }

    private Block block(Section section) {
        FirstRows<PageOffering> rows = offerings.of(section);
        return new Block(section == Section.TRIAL ? "trials" : "clinics", text.get("family.section." + section.name()),
                rows.rows(), rows.total() == 0 ? text.get(section == Section.TRIAL ? "ranked.noTrials" : "ranked.noClinics") : null,
                cut(rows, "page.cut." + section.name()));
    }

    /** "The first 500 of 100,000 ...; the workbook lists every one", when the page lists only some. */
    private String cut(FirstRows<?> rows, String key) {
        return rows.cut() ? text.get(key, number(rows.rows().size()), number(rows.total())) : null;
    }

    private PageContent.Summary summary(SummarySheet.Figures figures) {
        List<Count> counts = List.of(
                new Count(text.get("summary.trialsRanked"), number(figures.rankedIn(Section.TRIAL))),
                new Count(text.get("summary.clinicsRanked"), number(figures.rankedIn(Section.CLINIC))),
                new Count(text.get("summary.problems"), number(figures.problems())));
        List<ConcernCount> concern = Arrays.stream(ConcernLevel.values()).map(level -> new ConcernCount(
                level.name().toLowerCase(Locale.ROOT), text.concern(level),
                number(figures.concern().get(Section.TRIAL).get(level)),
                number(figures.concern().get(Section.CLINIC).get(level)))).toList();
        CostFigures costs = figures.costs();
        List<String> costNotes = new ArrayList<>();
        if (!costs.byCountry().isEmpty()) {
            costNotes.add(SummarySheet.outlierNote(text, costs, context.currency()));
            costNotes.add(text.get("page.barNote", costs.fewestOffers()));
        }
        SummarySheet.TripFigures trips = figures.trips();
        return new PageContent.Summary(counts, concern, List.of(
                countryTable("costs", text.get("summary.costByCountry", context.currency()), costs, costNotes,
                        text.get("summary.noCosts")),
                countryTable("trips", text.get("summary.tripByCountry", context.currency()), trips.byCountry(),
                        List.of(text.get("summary.tripNote", trips.travellers(), trips.travelDays(), trips.withoutEstimate())),
                        text.get("summary.noTrips"))));
    }

    private CountryTable countryTable(String id, String heading, CostFigures costs, List<String> notes, String empty) {
        BigDecimal largest = costs.charted().stream().map(CountryCost::median).max(BigDecimal::compareTo)
                .orElse(BigDecimal.ZERO);
        List<CountryRow> rows = costs.byCountry().stream().map(cost -> new CountryRow(
                SummarySheet.country(text, cost.countryCode(), cost.countryText()), number(cost.inMedian()),
                cost.median() == null ? null : money(cost.median()),
                cost.median() == null || cost.minimum().compareTo(cost.maximum()) == 0 ? null
                        : text.get("page.range", money(cost.minimum()), money(cost.maximum())),
                cost.median() == null ? text.get("summary.onlyOutliers")
                        : cost.fewerThan(costs.fewestOffers()) ? text.get("summary.fewOffers", costs.fewestOffers()) : null,
                cost.fewerThan(costs.fewestOffers()) ? 0 : bar(cost.median(), largest))).toList();
        return new CountryTable(id, heading, rows, rows.isEmpty() ? List.of() : notes, rows.isEmpty() ? empty : null);
    }

    /**
     * A bar's length in hundredths of the longest, as the Summary's chart draws the countries with
     * enough offers: never 0 for a median above 0, which would read as no bar.
     */
    private static int bar(BigDecimal median, BigDecimal largest) {
        if (largest.signum() == 0) {
            return 0;
        }
        return Math.max(1, median.multiply(BigDecimal.valueOf(100)).divide(largest, 0, RoundingMode.HALF_UP).intValue());
    }

    private PageContent.Signs signs(Map<Flag, Long> counts, ConcernScorer scorer) {
        List<Sign> signs = Arrays.stream(Flag.values()).map(flag -> new Sign(text.flagTitle(flag), text.flagText(flag),
                text.severity(flag.severity()), number(scorer.points(flag)), number(counts.getOrDefault(flag, 0L)))).toList();
        return new PageContent.Signs(signs, FlagsSheet.bands(text, scorer));
    }

    private String money(BigDecimal amount) {
        return offerings.money(amount);
    }

    private String number(long value) {
        return offerings.number(value);
    }
}
