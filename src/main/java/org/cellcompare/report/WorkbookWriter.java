package org.cellcompare.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;

import org.cellcompare.config.CellCompareProperties;
import org.cellcompare.files.Replacement;
import org.cellcompare.ingest.InputProblemStore;
import org.cellcompare.rank.ConcernScorer;
import org.cellcompare.rank.Section;
import org.cellcompare.rates.ExchangeRates;
import org.cellcompare.rates.RateStore;
import org.cellcompare.rates.RatesFolder;
import org.cellcompare.report.ReportQueries.FileFigures;
import org.cellcompare.travel.TravelCosts;
import org.cellcompare.travel.TravelStore;

/**
 * Writes the workbook, and the same report as a web page beside it ({@link ReportPage}). The
 * workbook is written as it goes, so its size does not depend on memory: the table sheets as XML
 * straight into the file, the rest with POI's streaming workbook ({@link WorkbookFile}). Both are
 * written into a work folder first; only complete files are moved into the output folder, each in
 * one atomic step, so nobody ever opens half a workbook or half a page.
 */
public class WorkbookWriter {

    private static final Logger log = LoggerFactory.getLogger(WorkbookWriter.class);

    /** Rows POI keeps in memory per sheet before they go to disk, for the sheets it writes. */
    private static final int ROWS_IN_MEMORY = 200;

    /** The sheets, in the order the spec gives them, with the family sheet right after Read me first. */
    static final List<String> SHEET_KEYS = List.of("sheet.readme", "sheet.family", "sheet.summary", "sheet.trials",
            "sheet.clinics", "sheet.changes", "sheet.flags", "sheet.problems", "sheet.rates", "sheet.stay");

    /** Excel's header and footer codes, which LibreOffice reads too: the sheet's name, the page, the pages. */
    private static final String SHEET_NAME = "&A";
    private static final String PAGE = "&P";
    private static final String PAGES = "&N";

    private final ReportQueries queries;
    private final InputProblemStore problems;
    private final RateStore rates;
    private final TravelStore travel;
    private final MessageSource messages;
    private final CellCompareProperties properties;
    private final ConcernScorer scorer;
    private final MonthChanges changes;
    private final WorkbookOutput output;
    private final PageWriter pages;
    private final Executor threads;

    /** {@code threads} give the second thread that reading rows and compressing sheets run on. */
    public WorkbookWriter(ReportQueries queries, InputProblemStore problems, RateStore rates, TravelStore travel,
                          MonthChanges changes, MessageSource messages, CellCompareProperties properties,
                          ConcernScorer scorer, WorkbookOutput output, PageWriter pages, Executor threads) {
        this.threads = threads;
        this.pages = pages;
        this.queries = queries;
        this.output = output;
        this.changes = changes;
        this.problems = problems;
        this.rates = rates;
        this.travel = travel;
        this.messages = messages;
        this.properties = properties;
        this.scorer = scorer;
    }

    /**
     * Writes the workbook and, unless it is turned off, the web page, each into a part file, and
     * only when both are complete moves them into the output folder, the workbook first.
     */
    public Path write(ReportContext context) throws IOException {
        Files.createDirectories(context.workFolder());
        Path partial = context.workFolder().resolve(context.workbook().getFileName() + ".part");
        ReportText text = new ReportText(messages, context.locale());
        ReportPage page = new ReportPage(text, context, properties.page().mostOffersPerSection());
        PageWriter.Pending pageWriting = null;
        Path pagePartial = null;
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        try {
            ReportStyles styles = new ReportStyles(workbook, context.currency());
            for (String key : SHEET_KEYS) {
                runningHeads(workbook.createSheet(text.get(key)), text, context);
            }
            try (OutputStream out = output.open(partial);
                 WorkbookFile file = new WorkbookFile(workbook, out, context.workFolder(), threads)) {
                PageContent content = fill(workbook, file, context, text, styles, page);
                describe(workbook, context, text);
                if (properties.page().enabled()) {
                    pageWriting = pages.start(content, context, threads);
                }
                file.finish();
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            if (pageWriting != null) {
                pagePartial = pageWriting.await();
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            if (pageWriting != null && pagePartial == null) {
                pageWriting.discard();
            }
            throw e;
        } finally {
            workbook.close();
        }
        Replacement.replace(partial, context.workbook());
        if (pagePartial != null) {
            Replacement.replace(pagePartial, context.page());
            log.info("Web page written: {}", context.page());
        } else if (Files.deleteIfExists(context.page())) {
            // an earlier run's page of the month would no longer match its workbook
            log.info("The web page is turned off, so the earlier page of {} was removed: {}", context.month(), context.page());
        }
        return context.workbook();
    }

    /** Writes the sheets and returns what the web page shows of them. */
    private PageContent fill(SXSSFWorkbook workbook, WorkbookFile parts, ReportContext context, ReportText text,
                             ReportStyles styles, ReportPage page) {
        long runId = context.runId();
        ExchangeRates runRates = rates.load(runId);
        LocalDate ecbDate = runRates.newestDate(RatesFolder.ECB_SOURCE);
        List<String> registryFiles = queries.registryFiles(runId);
        TravelCosts stayCosts = travel.load(runId);
        CellCompareProperties.Travel party = properties.travel();
        ReadMeSheet.Sources sources = new ReadMeSheet.Sources(
                String.valueOf(ecbDate), registryFiles.isEmpty() ? text.get("readme.noRegistry") : registryFiles.stream()
                        .map(file -> ExportDates.describe(text, file, context.input().resolve(file), context.downloads()))
                        .collect(Collectors.joining(", ")),
                stayCosts.perDiem() == null ? noStayCosts(text, context.downloads())
                        : text.get("readme.stayCosts", String.valueOf(stayCosts.published()), stayCosts.perDiem().file()),
                party.travellers(), party.travelDays());
        new ReadMeSheet(text, styles).write(sheet(workbook, "sheet.readme"), context, sources);
        RankedSheet ranked = new RankedSheet(queries, text, styles, context.currency(), threads);
        RankedFigures rankedFigures = new RankedFigures();
        FamilySheet family = new FamilySheet(parts.spooled(sheet(workbook, "sheet.family"), FamilySheet.HEADER_ROW),
                text, styles, context);
        ranked.write(parts.table(sheet(workbook, "sheet.trials"), 0), runId, Section.TRIAL, rankedFigures, family,
                page.offerings());
        ranked.write(parts.table(sheet(workbook, "sheet.clinics"), 0), runId, Section.CLINIC, rankedFigures, family,
                page.offerings());
        family.finish();
        MonthChanges.EarlierRun earlier = changes.earlierRun(context.month());
        long changeCount = new ChangesSheet(text, styles).write(
                parts.table(sheet(workbook, "sheet.changes"), ChangesSheet.HEADER_ROW), changes, runId, earlier,
                properties.changes().priceChangePercent(), page::addChange);
        if (earlier != null) {
            log.info("Changes since {}: {}", earlier.month(), String.format("%,d", changeCount));
        }
        List<FileFigures> files = queries.fileFigures(runId, context.rowsRead());
        checkEveryRankedRowWasWritten(files, rankedFigures);
        CostFigures costs = CostFigures.of(rankedFigures.costByCountry(), rankedFigures.outlierCount(),
                rankedFigures.outliers(), properties.summary().fewestOffersPerCountry());
        SummarySheet.TripFigures trips = new SummarySheet.TripFigures(CostFigures.of(rankedFigures.tripByCountry(), 0,
                List.of(), properties.summary().fewestOffersPerCountry()), party.travellers(), party.travelDays(),
                rankedFigures.clinicsWithoutTrip());
        SummarySheet.Figures figures = new SummarySheet.Figures(files, queries.filesNotRead(runId),
                rankedFigures.concernBySection(), costs, trips, queries.problemCount(runId), ecbDate,
                properties.rates().maxAgeDays(), context.downloads().ratesFailed(), earlier == null ? null : earlier.month(),
                changeCount);
        new SummarySheet(text, styles).write(sheet(workbook, "sheet.summary"), context, figures);
        new FlagsSheet(text, styles, scorer).write(parts.table(sheet(workbook, "sheet.flags"), 0), rankedFigures.flagCounts());
        new ProblemsSheet(problems, text, styles).write(parts.table(sheet(workbook, "sheet.problems"), 0), runId, context.input());
        new RatesSheet(text, styles).write(parts.table(sheet(workbook, "sheet.rates"), 0), runRates, context.currency());
        new StaySheet(text, styles).write(sheet(workbook, "sheet.stay"), context, stayCosts, rankedFigures.perDiemRowsUsed());
        return page.content(sources, figures, rankedFigures.flagCounts(), scorer, earlier,
                properties.changes().priceChangePercent());
    }

    /** Why there are no trip estimates, without advising a download that has just failed. */
    private static String noStayCosts(ReportText text, Downloads downloads) {
        return downloads.travelFailure() == null ? text.get("readme.noStayCosts")
                : text.get("readme.noStayCostsDownloadFailed", downloads.travelFailure());
    }

    /** The sheet made for one of {@link #SHEET_KEYS}. */
    private static Sheet sheet(SXSSFWorkbook workbook, String key) {
        return workbook.getSheetAt(SHEET_KEYS.indexOf(key));
    }

    /** Every printed page names the report's month and the sheet, and says which page of how many it is. */
    private static void runningHeads(Sheet sheet, ReportText text, ReportContext context) {
        sheet.getHeader().setLeft(text.get("print.header", context.month().toString()));
        sheet.getHeader().setRight(SHEET_NAME);
        sheet.getFooter().setCenter(text.get("print.footer", PAGE, PAGES));
    }

    /** The rows the ranked sheets hold must be the rows ranking kept; if not, no workbook is better than a wrong one. */
    private static void checkEveryRankedRowWasWritten(List<FileFigures> files, RankedFigures written) {
        long ranked = files.stream().mapToLong(FileFigures::ranked).sum();
        if (written.ranked() != ranked) {
            throw new RowsDoNotAddUpException("The rows do not add up, so no workbook was written: " + ranked
                    + " offerings were ranked but " + written.ranked() + " reached the ranked sheets.");
        }
    }

    private static void describe(SXSSFWorkbook workbook, ReportContext context, ReportText text) {
        POIXMLProperties.CoreProperties core = workbook.getXSSFWorkbook().getProperties().getCoreProperties();
        core.setTitle(text.get("document.title", context.month().toString()));
        core.setSubjectProperty(text.get("document.subject"));
        core.setCreator("CellCompare");
        core.setKeywords(context.month().toString());
        core.setDescription(text.get("document.description", context.month().toString(), context.reportDate().toString(),
                context.currency()));
        workbook.getXSSFWorkbook().getProperties().getCustomProperties().addProperty("Run month", context.month().toString());
        workbook.getXSSFWorkbook().getProperties().getCustomProperties().addProperty("Report date",
                context.reportDate().toString());
    }
}
