package org.cellcompare.report;

import java.util.List;

/**
 * Everything the month's web page shows, in the order it shows it, worded in the report's language
 * and formatted already: the template lays it out and escapes it, and decides nothing.
 */
record PageContent(String language, String title, String month, String advice, List<String> about,
                   List<String> howToRead, List<Block> blocks, Summary summary, Changes changes, Signs signs,
                   List<String> questions, List<String> sources) {

    /**
     * Registered trials or commercial clinics. {@code empty}: said when it has none; {@code cut}:
     * said when the workbook has more.
     */
    record Block(String id, String title, List<PageOffering> offerings, String empty, String cut) {
    }

    /** The counts, concern by section, and course cost and trip estimate by country, in that order. */
    record Summary(List<Count> counts, List<ConcernCount> concern, List<CountryTable> byCountry) {
    }

    record Count(String label, String value) {
    }

    /** {@code level} names the level's colour. */
    record ConcernCount(String level, String words, String trials, String clinics) {
    }

    /**
     * {@code id} ties the table to its heading; {@code empty}: said instead of the table when no
     * country has a figure.
     */
    record CountryTable(String id, String heading, List<CountryRow> rows, List<String> notes, String empty) {
    }

    /** {@code bar}: the median as a share of the largest median in the table, 0 to 100; 0 draws no bar. */
    record CountryRow(String country, String offers, String median, String range, String note, int bar) {
    }

    /**
     * {@code intro} says what was compared; {@code empty}: said when nothing changed or there is
     * nothing to compare with.
     */
    record Changes(String intro, List<ChangeRow> rows, String empty, String cut) {
    }

    record ChangeRow(String kind, String provider, String country, String program, String before, String now) {
    }

    /** Every warning sign, and how points make a concern level. */
    record Signs(List<Sign> signs, String bands) {
    }

    record Sign(String title, String meaning, String severity, String points, String count) {
    }
}
