package org.cellcompare.report;

import java.nio.file.Path;
import java.util.List;


import org.cellcompare.files.InputPaths;
import org.cellcompare.ingest.InputProblemStore;

/** Every value, row, sheet or file that could not be used as it stands: where, what, why, how to fix, and what the run did. */
final class ProblemsSheet {

    private final InputProblemStore problems;
    private final ReportText text;
    private final ReportStyles styles;

    ProblemsSheet(InputProblemStore problems, ReportText text, ReportStyles styles) {
        this.problems = problems;
        this.text = text;
        this.styles = styles;
    }

    /**
     * Paths are shown from the input folder: an analyst knows "offerings/old/" and has no use for
     * the server's own layout, which the families' workbook should not show either. Reasons that
     * quote a library's message (a file that could not be opened) can hold the full path.
     */
    void write(SheetTarget sheet, long runId, Path input) {
        InputPaths paths = InputPaths.of(input);
        SheetWriter out = new SheetWriter(sheet, styles, List.of(24, 12, 6, 16, 26, 48, 48, 20));
        out.headers(List.of(text.get("problems.file"), text.get("problems.sheet"), text.get("problems.row"),
                text.get("problems.column"), text.get("problems.value"), text.get("problems.reason"),
                text.get("problems.fix"), text.get("problems.outcome")));
        problems.forEach(runId, p -> out.row().text(p.file()).text(p.sheet()).rowNumber(p.row()).wrapped(p.column())
                .wrapped(p.value()).wrapped(paths.shown(p.reason())).wrapped(paths.shown(p.fix()))
                .text(text.get("outcome." + p.outcome().name())));
        if (out.rowCount() == 1) {
            out.row().across(8, text.get("problems.none"), styles.wrapped);
        }
        out.table(0);
    }
}
