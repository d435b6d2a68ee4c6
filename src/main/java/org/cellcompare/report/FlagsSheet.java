package org.cellcompare.report;

import java.util.List;
import java.util.Map;


import org.cellcompare.rank.ConcernScorer;
import org.cellcompare.rank.Flag;

/** Every flag: its code, points, severity, what it means in plain words, and how many offerings carry it. */
final class FlagsSheet {

    private final ReportText text;
    private final ReportStyles styles;
    private final ConcernScorer scorer;

    FlagsSheet(ReportText text, ReportStyles styles, ConcernScorer scorer) {
        this.text = text;
        this.styles = styles;
        this.scorer = scorer;
    }

    void write(SheetTarget sheet, Map<Flag, Long> counts) {
        SheetWriter out = new SheetWriter(sheet, styles, List.of(26, 26, 7, 10, 49, 12));
        out.headers(List.of(text.get("flags.code"), text.get("flags.title"), text.get("flags.points"),
                text.get("flags.severity"), text.get("flags.meaning"), text.get("flags.count")));
        for (Flag flag : Flag.values()) {
            out.row().text(flag.name(), styles.bold).wrapped(text.flagTitle(flag)).number(scorer.points(flag))
                    .text(text.severity(flag.severity())).wrapped(text.flagText(flag))
                    .number(counts.getOrDefault(flag, 0L));
        }
        out.blankRow();
        out.row().across(6, bands(text, scorer), styles.wrapped);
        out.table(0);
    }

    /** How a score makes a concern level, with this run's bands; the web page says it too. */
    static String bands(ReportText text, ConcernScorer scorer) {
        var bands = scorer.bands();
        return text.get("flags.bands", bands.moderate(), bands.high(), bands.veryHigh(), scorer.cap());
    }
}
