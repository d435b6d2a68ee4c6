package org.cellcompare.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Sheet;

import org.cellcompare.rank.ConcernLevel;
import org.cellcompare.rank.Flag;
import org.cellcompare.rank.Section;
import org.cellcompare.report.ReportQueries.FileFigures;

/** The run at a glance: month, rates, counts, the reconciliation, course cost and trip estimate by country, and concern by section. */
final class SummarySheet {

    private static final int COLUMNS = 7;
    /** Where the cost table holds the medians the chart draws. */
    static final int MEDIAN_COLUMN = 4;

    private final ReportText text;
    private final ReportStyles styles;

    SummarySheet(ReportText text, ReportStyles styles) {
        this.text = text;
        this.styles = styles;
    }

    /** Everything the Summary shows, gathered before writing. */
    record Figures(List<FileFigures> files, List<String> filesNotRead, Map<Section, Map<ConcernLevel, Long>> concern,
                   CostFigures costs, TripFigures trips, long problems, LocalDate ecbDate, int maxRateAgeDays,
                   boolean ratesDownloadFailed, YearMonth comparedWith, long changes) {

        long read() {
            return files.stream().mapToLong(FileFigures::read).sum();
        }

        long ranked() {
            return files.stream().mapToLong(FileFigures::ranked).sum();
        }

        long leftOut() {
            return files.stream().mapToLong(FileFigures::leftOut).sum();
        }

        long merged() {
            return files.stream().mapToLong(FileFigures::merged).sum();
        }

        long rankedIn(Section section) {
            return concern.get(section).values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** Trip estimates by country, the party they count, and the clinics with a course cost but no estimate. */
    record TripFigures(CostFigures byCountry, int travellers, int travelDays, long withoutEstimate) {
    }

    void write(Sheet sheet, ReportContext context, Figures figures) {
        SheetWriter out = new SheetWriter(sheet, styles, List.of(30, 11, 12, 12, 12, 12, 34));
        out.row().text(text.get("summary.title", context.month().toString()), styles.title);
        out.row().text(text.get("summary.reportDate")).date(context.reportDate());
        out.row().text(text.get("summary.currency")).text(context.currency());
        out.row().text(text.get("summary.ratesDate")).date(figures.ecbDate());
        out.row().text(text.get("summary.comparedWith")).text(figures.comparedWith() == null
                ? text.get("summary.noEarlierMonth") : text.get("summary.changes", figures.comparedWith().toString(), figures.changes()));
        if (context.attempt() > 1) {
            out.row().across(COLUMNS, text.get("summary.rerun", context.month().toString()), styles.wrapped);
        }
        if (figures.ecbDate() == null
                || ChronoUnit.DAYS.between(figures.ecbDate(), context.reportDate()) > figures.maxRateAgeDays()) {
            out.row().across(COLUMNS, text.get(figures.ratesDownloadFailed() ? "summary.ratesOldDownloadFailed" : "summary.ratesOld",
                    String.valueOf(figures.ecbDate()),
                    figures.ecbDate() == null ? "?" : ChronoUnit.DAYS.between(figures.ecbDate(), context.reportDate()),
                    figures.maxRateAgeDays()), styles.warning);
        }
        out.blankRow();

        out.row().text(text.get("summary.counts"), styles.subtitle).tall(18);
        out.row().text(text.get("summary.trialsRanked")).number(figures.rankedIn(Section.TRIAL));
        out.row().text(text.get("summary.clinicsRanked")).number(figures.rankedIn(Section.CLINIC));
        out.row().text(text.get("summary.problems")).number(figures.problems());
        out.row().text(text.get("summary.filesNotRead")).number(figures.filesNotRead().size())
                .wrapped(String.join(", ", figures.filesNotRead()));
        out.blankRow();

        reconciliation(out, figures);
        out.blankRow();
        int costRows = costByCountry(out, figures.costs(), context.currency());
        out.blankRow();
        tripByCountry(out, figures.trips(), context.currency());
        out.blankRow();
        int concernRows = concernBySection(out, figures.concern());
        out.blankRow();
        SummaryCharts charts = new SummaryCharts(sheet, text);
        int next = out.rowCount();
        List<CountryCost> charted = figures.costs().charted();
        if (!charted.isEmpty()) {
            next = charts.medianCostByCountry(costRows, charted, figures.costs().fewestOffers(), context.currency(), next);
        }
        charts.concernBySection(concernRows, figures.concern(), next);
        out.headerOnEveryPage(0);
    }

    private void reconciliation(SheetWriter out, Figures figures) {
        out.row().text(text.get("summary.reconciliation"), styles.subtitle).tall(18);
        boolean balances = figures.read() == figures.ranked() + figures.leftOut() + figures.merged();
        out.row().across(COLUMNS, text.get(balances ? "summary.reconciliation.balances" : "summary.reconciliation.mismatch",
                figures.read(), figures.ranked(), figures.leftOut(), figures.merged()), styles.wrapped);
        out.row().text(text.get("summary.rowsRead"), styles.bold).number(figures.read());
        out.row().text(text.get("summary.ranked")).number(figures.ranked());
        out.row().text(text.get("summary.leftOut")).number(figures.leftOut());
        out.row().text(text.get("summary.merged")).number(figures.merged());
        out.blankRow();
        out.row().text(text.get("summary.file"), styles.header).text(text.get("summary.rowsRead"), styles.header)
                .text(text.get("summary.ranked"), styles.header).text(text.get("summary.leftOut"), styles.header)
                .text(text.get("summary.merged"), styles.header);
        for (FileFigures file : figures.files()) {
            out.row().wrapped(file.file() + (file.notRead() ? " " + text.get("summary.notRead") : ""))
                    .number(file.read()).number(file.ranked()).number(file.leftOut()).number(file.merged());
        }
    }

    /**
     * Writes the table, its notes on outliers and small counts, and returns the row of its first
     * country, where the chart's data starts.
     */
    private int costByCountry(SheetWriter out, CostFigures costs, String currency) {
        out.row().text(text.get("summary.costByCountry", currency), styles.subtitle).tall(18);
        int first = countryTable(out, costs);
        if (costs.byCountry().isEmpty()) {
            out.row().across(COLUMNS, text.get("summary.noCosts"), styles.wrapped);
            return first;
        }
        out.row().across(COLUMNS, outlierNote(text, costs, currency), styles.wrapped);
        out.row().across(COLUMNS, costs.charted().isEmpty() ? text.get("summary.noChart", costs.fewestOffers())
                : text.get("summary.chartNote", costs.fewestOffers()), styles.wrapped);
        return first;
    }

    /** The same table for trip estimates, with the same rules for outliers and small counts, and what an estimate counts. */
    private void tripByCountry(SheetWriter out, TripFigures trips, String currency) {
        out.row().text(text.get("summary.tripByCountry", currency), styles.subtitle).tall(18);
        countryTable(out, trips.byCountry());
        out.row().across(COLUMNS, trips.byCountry().byCountry().isEmpty() ? text.get("summary.noTrips")
                : text.get("summary.tripNote", trips.travellers(), trips.travelDays(), trips.withoutEstimate()), styles.wrapped);
    }

    /** A header and a row per country: offers behind the figures, outliers left out, minimum, median, maximum and a note. */
    private int countryTable(SheetWriter out, CostFigures costs) {
        out.row().text(text.get("summary.country"), styles.header).text(text.get("summary.behindFigures"), styles.header)
                .text(text.get("summary.outliersLeftOut"), styles.header).text(text.get("summary.minimum"), styles.header)
                .text(text.get("summary.median"), styles.header).text(text.get("summary.maximum"), styles.header)
                .text(text.get("summary.note"), styles.header);
        int first = out.rowCount();
        for (CountryCost cost : costs.byCountry()) {
            out.row().text(country(cost.countryCode(), cost.countryText())).number(cost.inMedian()).number(cost.outliers())
                    .number(cost.minimum(), styles.money).number(cost.median(), styles.money)
                    .number(cost.maximum(), styles.money)
                    .wrapped(cost.median() == null ? text.get("summary.onlyOutliers")
                            : cost.fewerThan(costs.fewestOffers()) ? text.get("summary.fewOffers", costs.fewestOffers()) : null);
        }
        return first;
    }

    /** How many price outliers the figures leave out, and which; the web page says it too. */
    static String outlierNote(ReportText text, CostFigures costs, String currency) {
        return costs.outlierCount() == 0 ? text.get("summary.noOutliers")
                : text.get("summary.outliersLeftOutNote", costs.outlierCount(), text.flagTitle(Flag.PRICE_OUTLIER),
                        outliers(text, costs, currency));
    }

    /** The outliers named, country and price, and how many more there are. */
    private static String outliers(ReportText text, CostFigures costs, String currency) {
        String named = costs.outliers().stream().map(outlier -> text.get("summary.outlier", outlier.provider(),
                country(text, outlier.countryCode(), outlier.countryText()), String.format(Locale.US, "%,.0f", outlier.cost()),
                currency))
                .collect(Collectors.joining("; "));
        long more = costs.outlierCount() - costs.outliers().size();
        return more == 0 ? named : text.get("summary.outliersMore", named, more);
    }

    private String country(String code, String written) {
        return country(text, code, written);
    }

    /** The country's name in the report's language; an offering that names none is "Country not stated". */
    static String country(ReportText text, String code, String written) {
        return code == null ? text.get("summary.countryNotStated") : text.country(code, written);
    }

    /** Writes the table and returns the row of its header, where the chart's data starts. */
    private int concernBySection(SheetWriter out, Map<Section, Map<ConcernLevel, Long>> concern) {
        out.row().text(text.get("summary.concernBySection"), styles.subtitle).tall(18);
        out.row().text(text.get("summary.section"), styles.header);
        int header = out.rowCount() - 1;
        for (ConcernLevel level : ConcernLevel.values()) {
            out.text(text.concern(level), styles.concern(level));
        }
        for (Section section : Section.values()) {
            out.row().text(text.get("section." + section.name()));
            for (ConcernLevel level : ConcernLevel.values()) {
                out.number(concern.get(section).get(level));
            }
        }
        return header;
    }
}
