package org.cellcompare.rank;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Each run stages its offerings in two tables of its own, sharing their ids. The offering table
 * is narrow: what ranking, the reconciliation and the Changes sheet work on, so scanning a
 * million rows is quick. The ranked table holds what the ranked sheets show, packed in one value,
 * with the rank key the report orders it by. Both are written once, as rows are staged. What
 * ranking changes goes into a third table, small beside them: a million staged rows are several
 * GB, and updating even a tenth of them in place read most of it back from the disk, and then
 * made the commit after ranking take as long again.
 * Dropping a superseded run is instant, and the indexes a run builds cover its own rows only. Run
 * ids are numbers, so the names are safe SQL.
 */
public final class OfferingTable {

    private static final String OFFERING_COLUMNS = """
            (id BIGINT PRIMARY KEY,
             file VARCHAR NOT NULL,
             sheet VARCHAR,
             row_num INTEGER NOT NULL,
             section VARCHAR(8) NOT NULL,
             duplicate_key VARCHAR(600) NOT NULL,
             duplicate_hash BIGINT NOT NULL,
             provider_sort VARCHAR(500) NOT NULL,
             country_code VARCHAR(2),
             country_text VARCHAR,
             last_verified DATE,
             rep_amount DECIMAL(30, 2),
             course_amount DECIMAL(30, 4),
             course_currency VARCHAR(3),
             trial_status VARCHAR,
             row_flags VARCHAR NOT NULL,
             concern_level INTEGER NOT NULL)""";

    private static final String RANKED_COLUMNS = """
            (id BIGINT PRIMARY KEY,
             section VARCHAR(8) NOT NULL,
             rank_key BYTEA NOT NULL,
             shown BYTEA NOT NULL,
             flags VARCHAR NOT NULL,
             score INTEGER NOT NULL,
             concern_level INTEGER NOT NULL)""";

    /*
     * A row merged into another has survivor FALSE and nothing else; a survivor or an outlier has
     * its flags, score and band as ranking left them, and rank_level when that band is not the one
     * its rank key was staged with.
     */
    private static final String RANKING_COLUMNS = """
            (id BIGINT PRIMARY KEY,
             survivor BOOLEAN NOT NULL,
             flags VARCHAR,
             score INTEGER,
             concern_level INTEGER,
             rank_level INTEGER,
             also_listed_in VARCHAR)""";

    /** The offerings that are new, gone or changed since the month the run was compared with. */
    private static final String CHANGED_COLUMNS = "(id BIGINT, earlier_id BIGINT, concern_level INTEGER, earlier_concern_level INTEGER)";

    private OfferingTable() {
    }

    /** The narrow table of a run's offerings. */
    public static String name(long runId) {
        return "cc_offering_" + runId;
    }

    /** The run's offerings as the ranked sheets show them. */
    public static String ranked(long runId) {
        return "cc_ranked_" + runId;
    }

    /** What ranking changed of the ranked rows: merged rows, their survivors, and price outliers. */
    public static String ranking(long runId) {
        return "cc_ranking_" + runId;
    }

    /** The run's offerings that are new or changed since the month it was last compared with. */
    public static String changed(long runId) {
        return "cc_changed_" + runId;
    }

    public static void create(JdbcTemplate jdbc, long runId) {
        jdbc.execute("CREATE TABLE IF NOT EXISTS " + name(runId) + " " + OFFERING_COLUMNS);
        jdbc.execute("CREATE TABLE IF NOT EXISTS " + ranked(runId) + " " + RANKED_COLUMNS);
        jdbc.execute("CREATE TABLE IF NOT EXISTS " + ranking(runId) + " " + RANKING_COLUMNS);
        jdbc.execute("CREATE TABLE IF NOT EXISTS " + changed(runId) + " " + CHANGED_COLUMNS);
    }

    /**
     * An offering's id: its file's number ({@code cc_offering_file}) above its row's place in the
     * file, so the same row staged again gets the same id. 23 bits of files and 40 of rows.
     */
    public static long id(int fileNumber, long item) {
        if (fileNumber < 0 || fileNumber >= 1 << 23 || item < 0 || item >= 1L << 40) {
            throw new IllegalArgumentException("No offering id for row " + item + " of file number " + fileNumber);
        }
        return (long) fileNumber << 40 | item;
    }

    public static void drop(JdbcTemplate jdbc, long runId) {
        jdbc.execute("DROP TABLE IF EXISTS " + name(runId));
        jdbc.execute("DROP TABLE IF EXISTS " + ranked(runId));
        jdbc.execute("DROP TABLE IF EXISTS " + ranking(runId));
        jdbc.execute("DROP TABLE IF EXISTS " + changed(runId));
    }
}
