package org.cellcompare.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

import org.cellcompare.ingest.HeaderMatcher.HeaderMatch;
import org.cellcompare.ingest.InputProblem.Outcome;
import org.cellcompare.text.Memo;

/**
 * Reads one offering file, whatever its type, sheet by sheet: finds each sheet's header row
 * below any title rows, then hands on every non-blank row beneath it. Sheets it cannot use and
 * columns it does not know become notes, so nothing disappears without a word. Notes go to their
 * own consumer, not into the item stream, so that the step's read count is a count of rows. A
 * reader that starts again part way through a file finds the notes above that point again.
 *
 * <p>A file that cannot be read at all makes {@link #read()} throw an
 * {@link UnreadableFileException} once; the step skips it and the reader then reports the end.
 */
public class OfferingRowReader extends AbstractItemCountingItemStreamItemReader<RawRow> {

    private static final String NAME = "offeringRowReader";

    private final Path path;
    private final String fileName;
    private final HeaderMatcher headers;
    private final int headerScanRows;
    private final Consumer<InputProblem> notes;

    private final Set<String> reportedUnknownColumns = new LinkedHashSet<>();
    /** Whether a provider's text names a column: asked of every row, so remembered per text. */
    private final Memo<Boolean> columnNames;
    private boolean notedRepeatedHeader;
    private TableFile table;
    private Iterator<TableSheet> sheets;
    private OpenSheet sheet;
    private boolean finished;
    /** Data rows handed on so far, which numbers each row within its file. */
    private long rowsRead;

    public OfferingRowReader(Path path, HeaderMatcher headers, int headerScanRows, Consumer<InputProblem> notes) {
        this.path = path;
        this.fileName = path.getFileName().toString();
        this.headers = headers;
        this.headerScanRows = headerScanRows;
        this.notes = notes;
        this.columnNames = new Memo<>(text -> headers.columnFor(text) != null);
        setName(NAME);
    }

    @Override
    protected void doOpen() {
        // opened on first read, so that a file that cannot be opened is skipped, not fatal
    }

    @Override
    protected RawRow doRead() {
        if (finished) {
            return null;
        }
        try {
            if (table == null) {
                table = TableFiles.open(path);
                sheets = table.sheets();
            }
            RawRow row = nextRow();
            finished = row == null;
            return row;
        } catch (IOException | RuntimeException e) {
            finished = true;
            throw new UnreadableFileException(whereReadingStopped(FileProblems.describe(fileName, e)), e);
        }
    }

    private InputProblem whereReadingStopped(InputProblem problem) {
        if (rowsRead == 0) {
            return problem;
        }
        String where = sheet == null ? "" : " Reading stopped in " + (sheet.name() == null ? "the file" : "sheet " + sheet.name())
                + " after row " + sheet.lastRow() + "; the rows above it were read.";
        return new InputProblem(problem.file(), sheet == null ? null : sheet.name(), null, null, null,
                problem.reason() + where, problem.fix(), problem.outcome());
    }

    private RawRow nextRow() {
        while (true) {
            if (sheet == null) {
                if (!sheets.hasNext()) {
                    return null;
                }
                openSheet(sheets.next());
                continue;
            }
            RawRow row = sheet.nextRow();
            if (row != null) {
                return row;
            }
            if (sheet.dataRows == 0) {
                notes.accept(sheetNote(sheet.name(), "The " + (sheet.name() == null ? "file" : "sheet")
                                + " has a header row but no offerings below it.",
                        "If offerings should be here, add them under the header; otherwise ignore this note.",
                        Outcome.NOTHING_TO_READ));
            }
            sheet = null;
        }
    }

    /**
     * Finds the sheet's header. A hidden sheet is never read: if it holds offerings a note says so;
     * if not (drop-down lists, lookups), it is passed over in silence, since nothing is lost.
     */
    private void openSheet(TableSheet tableSheet) {
        Iterator<SourceRow> rows = tableSheet.rows();
        boolean sawContent = false;
        for (int scanned = 0; scanned < headerScanRows && rows.hasNext(); ) {
            SourceRow candidate = rows.next();
            if (candidate.isBlank()) {
                continue;
            }
            scanned++;
            sawContent = true;
            HeaderMatch match = headers.match(candidate);
            if (match.isOfferingHeader() && tableSheet.hidden()) {
                notes.accept(sheetNote(tableSheet.name(), "The sheet is hidden, so its offerings were not read.",
                        "If they should count, unhide the sheet (right-click the sheet tabs, Unhide) and run again.",
                        Outcome.SHEET_NOT_READ));
                return;
            }
            if (match.isOfferingHeader()) {
                noteColumnsNotUsed(tableSheet.name(), match);
                sheet = new OpenSheet(tableSheet.name(), tableSheet.merges().fillDown(rows), match, candidate.rowNumber(),
                        tableSheet.dates());
                return;
            }
        }
        if (!sawContent && !tableSheet.hidden()) {
            notes.accept(sheetNote(tableSheet.name(), "The " + (tableSheet.name() == null ? "file" : "sheet") + " is empty.",
                    "If offerings should be here, check that the right file was saved; otherwise ignore this note.",
                    Outcome.NOTHING_TO_READ));
        }
        if (sawContent && !tableSheet.hidden()) {
            notes.accept(sheetNote(tableSheet.name(),
                    "No header row with a provider column (Provider, Clinic, Hospital, Sponsor...) and one other known column in the first "
                            + headerScanRows + " rows, so the sheet was not read.",
                    "If the sheet lists offerings, give it a header row like the input template's; otherwise ignore this note.",
                    Outcome.SHEET_NOT_READ));
        }
    }

    private void noteColumnsNotUsed(String sheetName, HeaderMatch match) {
        List<String> unknown = match.unknownHeaders().stream().filter(reportedUnknownColumns::add).toList();
        if (!unknown.isEmpty()) {
            notes.accept((new InputProblem(fileName, sheetName, null, String.join(", ", unknown), null,
                    "CellCompare does not know " + (unknown.size() == 1 ? "this column" : "these columns") + ", so "
                            + (unknown.size() == 1 ? "it was" : "they were") + " not used.",
                    "If a column holds offering data, rename its header to one CellCompare knows (see the input template).",
                    Outcome.COLUMN_NOT_USED)));
        }
        for (String repeated : match.repeatedHeaders()) {
            notes.accept((new InputProblem(fileName, sheetName, null, repeated, null,
                    "A second column with the same meaning as an earlier one; only the first was used.",
                    "Merge the two columns or rename one of them.", Outcome.COLUMN_NOT_USED)));
        }
    }

    private InputProblem sheetNote(String sheetName, String reason, String fix, Outcome outcome) {
        return new InputProblem(fileName, sheetName, null, null, null, reason, fix, outcome);
    }

    @Override
    protected void doClose() throws IOException {
        sheet = null;
        if (table != null) {
            table.close();
            table = null;
        }
    }

    /**
     * A sheet whose header has been found, handing out the data rows below it: a value merged down
     * over several rows in each of them, and a bare number in the date column with the day it
     * stands for in the workbook's date system.
     */
    private final class OpenSheet {
        private final String name;
        private final Iterator<SourceRow> rows;
        private final DateSystem dates;
        private HeaderMatch header;
        private int providerColumn;
        private int lastRow;
        private long dataRows;
        private boolean notedWidth;

        OpenSheet(String name, Iterator<SourceRow> rows, HeaderMatch header, int headerRow, DateSystem dates) {
            this.name = name;
            this.rows = rows;
            this.dates = dates;
            this.header = header;
            this.providerColumn = providerColumn(header);
            this.lastRow = headerRow;
        }

        private static int providerColumn(HeaderMatch header) {
            return header.columns().entrySet().stream().filter(e -> e.getValue() == OfferingColumn.PROVIDER)
                    .mapToInt(Map.Entry::getKey).findFirst().orElseThrow();
        }

        String name() {
            return name;
        }

        int lastRow() {
            return lastRow;
        }

        RawRow nextRow() {
            while (rows.hasNext()) {
                SourceRow row = rows.next();
                lastRow = row.rowNumber();
                if (row.cut() && !notedWidth) {
                    notedWidth = true;
                    notes.accept(sheetNote(name, "The sheet has cells beyond column " + SourceRow.MAX_COLUMNS
                                    + "; no offering table is that wide, so those cells were not read.",
                            "Move the offerings into the first columns, or delete the far columns.", Outcome.COLUMN_NOT_USED));
                }
                if (row.isBlank()) {
                    continue;
                }
                if (isRepeatedHeader(row)) {
                    continue;
                }
                dataRows++;
                return toRawRow(row);
            }
            return null;
        }

        /**
         * A row that repeats the header, as when files are pasted together or a CSV holds a second
         * byte-order mark, is a header: the rows under it are read by its columns, which may lie in
         * another order. One note per file says so. Only a row whose provider cell names a column
         * ("Provider" again, or "Price" where the columns moved) is looked at closely, so ordinary
         * rows cost a lookup of their provider's text.
         */
        private boolean isRepeatedHeader(SourceRow row) {
            String provider = row.cell(providerColumn).text();
            if (provider.length() > 40 || !columnNames.apply(provider)) {
                return false;
            }
            HeaderMatch repeated = headers.match(row);
            if (!repeated.isOfferingHeader()) {
                return false;
            }
            if (!notedRepeatedHeader) {
                notedRepeatedHeader = true;
                notes.accept((new InputProblem(fileName, name, row.rowNumber(), null, provider,
                        "This row repeats the header row (as when files are pasted together), so it was read as a header,"
                                + " not as an offering; any later repeats in this file were read the same way.",
                        "Nothing to do; delete the repeated header rows if you like.", Outcome.HEADER_REPEATED)));
            }
            if (!repeated.columns().equals(header.columns())) {
                noteColumnsNotUsed(name, repeated);
            }
            header = repeated;
            providerColumn = providerColumn(repeated);
            return true;
        }

        private RawRow toRawRow(SourceRow row) {
            Map<OfferingColumn, CellValue> values = new EnumMap<>(OfferingColumn.class);
            header.columns().forEach((index, column) -> {
                CellValue value = row.cell(index);
                if (!value.isBlank()) {
                    values.put(column, column == OfferingColumn.LAST_VERIFIED ? dates.withSerialDate(value) : value);
                }
            });
            return new RawRow(fileName, name, row.rowNumber(), values, header.headers(), ++rowsRead);
        }
    }
}
