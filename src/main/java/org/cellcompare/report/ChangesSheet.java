package org.cellcompare.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;


import org.cellcompare.report.MonthChanges.EarlierRun;

/** What changed since the latest earlier month in the run history: new, gone, price moved, status or concern changed. */
final class ChangesSheet {

    /** The table's header: below a note on what is compared and a blank row. */
    static final int HEADER_ROW = 2;

    private final ReportText text;
    private final ReportStyles styles;

    ChangesSheet(ReportText text, ReportStyles styles) {
        this.text = text;
        this.styles = styles;
    }

    /** Writes the sheet, hands each change on to {@code alsoTo} (the web page), and returns how many it lists. */
    long write(SheetTarget sheet, MonthChanges changes, long runId, EarlierRun earlier, BigDecimal pricePercent,
               Consumer<Change> alsoTo) {
        SheetWriter out = new SheetWriter(sheet, styles, List.of(24, 28, 14, 28, 24, 24));
        if (earlier == null) {
            out.row().across(6, text.get("changes.noHistory"), styles.wrapped);
        } else {
            out.row().across(6, text.get("changes.comparedWith", earlier.month().toString(), pricePercent), styles.wrapped);
        }
        out.blankRow();
        out.headers(List.of(text.get("changes.change"), text.get("changes.provider"), text.get("changes.country"),
                text.get("changes.program"), text.get("changes.before"), text.get("changes.now")));
        long[] count = {0};
        if (earlier != null) {
            changes.forEach(runId, earlier.runId(), pricePercent, text, change -> {
                count[0]++;
                alsoTo.accept(change);
                out.row().text(text.get("change." + change.kind().name()), styles.bold).wrapped(change.provider())
                        .text(text.country(change.countryCode(), change.countryText()))
                        .wrapped(change.program()).wrapped(change.before()).wrapped(change.now());
            });
            if (count[0] == 0) {
                out.row().across(6, text.get("changes.none"), styles.wrapped);
            }
        }
        out.table(HEADER_ROW);
        return count[0];
    }
}
