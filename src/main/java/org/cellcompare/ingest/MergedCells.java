package org.cellcompare.ingest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The merged areas of a sheet that reach down over more than one row. Excel keeps a merged area's
 * value in its top-left cell only, but an analyst who merges a country down over five clinics
 * means it for all five: {@link #fillDown} gives the rows under the top that value. An area one
 * row high changes nothing and is not kept, since the value belongs to the column it was written
 * in, where Excel shows it; the other columns it spans stay blank.
 */
public record MergedCells(List<Area> areas) {

    public static final MergedCells NONE = new MergedCells(List.of());

    /**
     * Far more areas than any offering table has (one for each row Excel allows); a sheet with more
     * is not a table, and keeping them all could exhaust memory.
     */
    static final int MAX_AREAS = 1 << 20;

    private static final Comparator<Area> TOP_DOWN = Comparator.comparingInt(Area::firstRow).thenComparingInt(Area::column);

    /** An area's first column (0-based) and its first and last rows, numbered as {@link SourceRow} numbers them. */
    public record Area(int column, int firstRow, int lastRow) {
    }

    public MergedCells {
        areas = List.copyOf(areas);
    }

    /** The areas as POI gives them (HSSF's merged regions, or the cell ranges a sheet part names). */
    static MergedCells of(Collection<CellRangeAddress> ranges) {
        Builder builder = new Builder();
        ranges.forEach(builder::add);
        return builder.build();
    }

    /** The rows, with the blank cells under each area's top-left cell given its value. */
    Iterator<SourceRow> fillDown(Iterator<SourceRow> rows) {
        return areas.isEmpty() ? rows : new MergedCellFill(rows, areas);
    }

    /** Collects areas in any order, as a sheet lists them. */
    static final class Builder {
        private final List<Area> areas = new ArrayList<>();

        void add(CellRangeAddress range) {
            int top = range.getFirstRow();
            int bottom = range.getLastRow();
            int column = range.getFirstColumn();
            if (top < 0 || bottom <= top || column < 0 || column >= SourceRow.MAX_COLUMNS) {
                return;
            }
            if (areas.size() == MAX_AREAS) {
                throw new IllegalStateException("The sheet has more than " + MAX_AREAS
                        + " merged areas, far more than any table has");
            }
            areas.add(new Area(column, top + 1, bottom + 1));
        }

        MergedCells build() {
            return areas.isEmpty() ? NONE : new MergedCells(areas.stream().distinct().sorted(TOP_DOWN).toList());
        }
    }
}
