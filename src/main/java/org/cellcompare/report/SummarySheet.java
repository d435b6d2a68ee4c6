package org.cellcompare.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Sheet;

import org.cellcompare.rank.ConcernLevel;
import org.cellcompare.rank.Section;
import org.cellcompare.report.ReportQueries.CountryCost;
import org.cellcompare.report.ReportQueries.FileFigures;

/** The run at a glance: month, rates, counts, the reconciliation, cost by country and concern by section. */
final class SummarySheet {

    private final ReportText text;
    private final ReportStyles styles;

    SummarySheet(ReportText text, ReportStyles styles) {
        this.text = text;
        this.styles = styles;
    }

    /** Everything the Summary shows, gathered before writing. */
    record Figures(List<FileFigures> files, List<String> filesNotRead, Map<Section, Map<ConcernLevel, Long>> concern,
                   List<CountryCost> costByCountry, long problems, LocalDate ecbDate, int maxRateAgeDays,
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

    void write(Sheet sheet, ReportContext context, Figures figures) {
        SheetWriter out = new SheetWriter(sheet, styles, List.of(40, 14, 14, 14, 14, 14));
        out.row().text(text.get("summary.title", context.month().toString()), styles.title);
        out.row().text(text.get("summary.reportDate")).date(context.reportDate());
        out.row().text(text.get("summary.currency")).text(context.currency());
        out.row().text(text.get("summary.ratesDate")).date(figures.ecbDate());
        out.row().text(text.get("summary.comparedWith")).text(figures.comparedWith() == null
                ? text.get("summary.noEarlierMonth") : text.get("summary.changes", figures.comparedWith().toString(), figures.changes()));
        if (context.attempt() > 1) {
            out.row().across(6, text.get("summary.rerun", context.month().toString()), styles.wrapped);
        }
        if (figures.ecbDate() == null
                || ChronoUnit.DAYS.between(figures.ecbDate(), context.reportDate()) > figures.maxRateAgeDays()) {
            out.row().across(6, text.get(figures.ratesDownloadFailed() ? "summary.ratesOldDownloadFailed" : "summary.ratesOld",
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
        int costRows = costByCountry(out, figures.costByCountry(), context.currency());
        out.blankRow();
        int concernRows = concernBySection(out, figures.concern());
        out.blankRow();
        SummaryCharts charts = new SummaryCharts(sheet, text);
        int next = out.rowCount();
        if (!figures.costByCountry().isEmpty()) {
            next = charts.medianCostByCountry(costRows, figures.costByCountry(), context.currency(), next);
        }
        charts.concernBySection(concernRows, figures.concern(), next);
        out.printLandscapeOnePageWide();
    }

    private void reconciliation(SheetWriter out, Figures figures) {
        out.row().text(text.get("summary.reconciliation"), styles.subtitle).tall(18);
        boolean balances = figures.read() == figures.ranked() + figures.leftOut() + figures.merged();
        out.row().across(6, text.get(balances ? "summary.reconciliation.balances" : "summary.reconciliation.mismatch",
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

    /** Writes the table and returns the row of its first country, where the chart's data starts. */
    private int costByCountry(SheetWriter out, List<CountryCost> costs, String currency) {
        out.row().text(text.get("summary.costByCountry", currency), styles.subtitle).tall(18);
        out.row().text(text.get("summary.country"), styles.header).text(text.get("summary.offerings"), styles.header)
                .text(text.get("summary.minimum"), styles.header).text(text.get("summary.median"), styles.header)
                .text(text.get("summary.maximum"), styles.header);
        for (CountryCost cost : costs) {
            String country = cost.countryCode() == null ? text.get("summary.countryNotStated")
                    : text.country(cost.countryCode(), cost.countryText());
            out.row().text(country).number(cost.offerings()).number(cost.minimum(), styles.money)
                    .number(cost.median(), styles.money).number(cost.maximum(), styles.money);
        }
        if (costs.isEmpty()) {
            out.row().across(6, text.get("summary.noCosts"), styles.wrapped);
        }
        return out.rowCount() - costs.size();
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
