package org.cellcompare.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;

import org.cellcompare.config.Version;

/** What the workbook is, how to read it, what to ask a clinic, where the data came from, and that it is not medical advice. */
final class ReadMeSheet {

    private static final List<String> SECTIONS = List.of("what", "how", "questions", "data", "advice");

    private final ReportText text;
    private final ReportStyles styles;

    ReadMeSheet(ReportText text, ReportStyles styles) {
        this.text = text;
        this.styles = styles;
    }

    /** Where the month's reference data came from, and who a trip estimate counts, in the words the sheet uses. */
    record Sources(String ratesDate, String registryFiles, String stayCosts, int travellers, int travelDays) {
    }

    void write(Sheet sheet, ReportContext context, Sources sources) {
        SheetWriter out = new SheetWriter(sheet, styles, List.of(100));
        out.row().text(text.get("readme.title", context.month().toString()), styles.title);
        out.blankRow();
        for (String section : SECTIONS) {
            out.row().text(text.get("readme." + section + ".heading"), styles.subtitle).tall(18);
            paragraphs(text, "readme." + section, context, sources).forEach(paragraph -> out.row().wrapped(paragraph));
            out.blankRow();
        }
        out.headerOnEveryPage(0);
    }

    /**
     * The numbered paragraphs {@code prefix.1}, {@code prefix.2}... up to the first the bundle
     * lacks, each given the month, its sources and who travels; the web page reads them too.
     */
    static List<String> paragraphs(ReportText text, String prefix, ReportContext context, Sources sources) {
        List<String> paragraphs = new ArrayList<>();
        for (int line = 1; ; line++) {
            String value = text.find(prefix + "." + line, context.month().toString(), context.reportDate().toString(),
                    context.currency(), sources.ratesDate(), sources.registryFiles(), Version.current(),
                    LocalDate.now().toString(), sources.travelDays(), sources.travellers(), sources.stayCosts());
            if (value == null) {
                return paragraphs;
            }
            paragraphs.add(value);
        }
    }
}
