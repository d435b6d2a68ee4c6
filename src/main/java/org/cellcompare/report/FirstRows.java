package org.cellcompare.report;

import java.util.ArrayList;
import java.util.List;

/**
 * The first so many rows of a stream that may hold a million, and how many there were in all:
 * what the web page lists, and whether it must say that the workbook holds the rest.
 */
final class FirstRows<T> {

    private final int most;
    private final List<T> rows = new ArrayList<>();
    private long total;

    FirstRows(int most) {
        this.most = most;
    }

    /** Whether the next row would be kept, so a row is worded only when it will be shown. */
    boolean wanted() {
        return rows.size() < most;
    }

    void add(T row) {
        total++;
        if (rows.size() < most) {
            rows.add(row);
        }
    }

    /** Counts a row that is not kept. */
    void skip() {
        total++;
    }

    List<T> rows() {
        return rows;
    }

    long total() {
        return total;
    }

    boolean cut() {
        return total > rows.size();
    }
}
