package org.cellcompare.report;

import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;

/** What changed since the latest earlier month in the run history. */
final class ChangesSheet {

    private final ReportText text;
    private final ReportStyles styles;

    ChangesSheet(ReportText text, ReportStyles styles) {
        this.text = text;
        this.styles = styles;
    }

    void write(Sheet sheet) {
        SheetWriter out = new SheetWriter(sheet, styles, List.of(30, 28, 14, 28, 20, 20));
        out.headers(List.of(text.get("changes.change"), text.get("changes.provider"), text.get("changes.country"),
                text.get("changes.program"), text.get("changes.before"), text.get("changes.now")));
        out.row().across(6, text.get("changes.noHistory"), styles.wrapped);
        out.table(0);
    }
}
