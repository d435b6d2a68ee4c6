package org.cellcompare.report;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;

import org.cellcompare.ingest.InputProblem.Outcome;
import org.cellcompare.normalize.CellSource;
import org.cellcompare.normalize.CellSource.CellOrigin;
import org.cellcompare.normalize.PriceKind;
import org.cellcompare.normalize.Route;
import org.cellcompare.rank.ConcernLevel;
import org.cellcompare.rank.Flag;
import org.cellcompare.rank.Flags;
import org.cellcompare.rank.RegistrationCodec;
import org.cellcompare.rank.Section;

/**
 * What the workbook and the log need from a run's tables. The ranked sheets are streamed in
 * rank order straight from the database, so a million offerings never sit in memory at once.
 */
public class ReportQueries {

    /**
     * The spec's orderings. Trials: concern, open for recruitment first, later phase first.
     * Clinics: concern, then course cost with unpriced last. Then provider, so input order never matters.
     */
    private static final Map<Section, String> ORDER = Map.of(
            Section.TRIAL, "concern_level, trial_open DESC, trial_phase_rank DESC",
            Section.CLINIC, "concern_level, rep_amount ASC NULLS LAST");
    private static final String TIE_BREAK = ", provider_sort, country_code NULLS LAST, program NULLS FIRST, file, sheet NULLS FIRST, row_num";

    private final JdbcTemplate jdbc;

    public ReportQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void forEachRanked(long runId, Section section, Consumer<RankedRow> consumer) {
        jdbc.query("SELECT provider, country_code, country_text, city, program, price_text, price_kind, course_amount,"
                + " course_currency, rep_amount, rep_low, rep_high, cell_sources, cell_origin, cell_source_text, routes,"
                + " route_text, registrations, trial_status, trial_phase, trial_enrollment, trial_sponsor, concern_level,"
                + " score, flags, source_text, source_link, last_verified, file, sheet, row_num, also_listed_in"
                + " FROM cc_offering WHERE run_id = ? AND survivor AND section = ? ORDER BY " + ORDER.get(section) + TIE_BREAK,
                rs -> {
                    consumer.accept(rankedRow(rs));
                }, runId, section.name());
    }

    private static RankedRow rankedRow(ResultSet rs) throws SQLException {
        return new RankedRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), PriceKind.valueOf(rs.getString(7)), rs.getBigDecimal(8), rs.getString(9),
                rs.getBigDecimal(10), rs.getBigDecimal(11), rs.getBigDecimal(12),
                enums(CellSource.class, rs.getString(13)), CellOrigin.valueOf(rs.getString(14)), rs.getString(15),
                enums(Route.class, rs.getString(16)), rs.getString(17), RegistrationCodec.decode(rs.getString(18)),
                rs.getString(19), rs.getString(20), (Integer) rs.getObject(21), rs.getString(22),
                ConcernLevel.values()[rs.getInt(23)], rs.getInt(24), Flags.parse(rs.getString(25)), rs.getString(26),
                rs.getString(27), rs.getObject(28, LocalDate.class), rs.getString(29), rs.getString(30), rs.getInt(31),
                rs.getString(32));
    }

    private static <E extends Enum<E>> Set<E> enums(Class<E> type, String names) {
        Set<E> set = EnumSet.noneOf(type);
        if (names != null && !names.isBlank()) {
            Arrays.stream(names.split(",")).map(n -> Enum.valueOf(type, n)).forEach(set::add);
        }
        return set;
    }

    /** The longest texts of a section's columns, to fit column widths to what they hold. */
    record TextLengths(int provider, int country, int program, int price, int registration, int source, int input,
                       int alsoListedIn) {
    }

    TextLengths textLengths(long runId, Section section) {
        return jdbc.queryForObject("SELECT MAX(LENGTH(provider)), MAX(LENGTH(country_text)), MAX(LENGTH(program)),"
                        + " MAX(LENGTH(price_text)), MAX(LENGTH(registrations)) / 2, MAX(LENGTH(source_text)),"
                        + " MAX(LENGTH(file) + LENGTH(COALESCE(sheet, '')) + 18), MAX(LENGTH(also_listed_in))"
                        + " FROM cc_offering WHERE run_id = ? AND survivor AND section = ?",
                (rs, i) -> new TextLengths(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
                        rs.getInt(6), rs.getInt(7), rs.getInt(8)), runId, section.name());
    }

    /** Rows read, ranked, left out and merged, per offering file, from independent tallies. */
    public record FileFigures(String file, long read, long ranked, long leftOut, long merged, boolean notRead) {

        public boolean balances() {
            return read == ranked + leftOut + merged;
        }
    }

    public List<FileFigures> fileFigures(long runId) {
        Map<String, long[]> byFile = new LinkedHashMap<>();
        jdbc.query("SELECT file, rows_read FROM cc_file_read WHERE run_id = ?",
                rs -> {
                    figures(byFile, rs.getString(1))[0] = rs.getLong(2);
                }, runId);
        jdbc.query("SELECT file, survivor, COUNT(*) FROM cc_offering WHERE run_id = ? GROUP BY file, survivor",
                rs -> {
                    figures(byFile, rs.getString(1))[rs.getBoolean(2) ? 1 : 3] = rs.getLong(3);
                }, runId);
        jdbc.query("SELECT file, outcome, COUNT(*) FROM cc_input_problem WHERE run_id = ? AND outcome IN (?, ?) GROUP BY file, outcome",
                rs -> {
                    long[] f = figures(byFile, rs.getString(1));
                    if (Outcome.valueOf(rs.getString(2)) == Outcome.ROW_LEFT_OUT) {
                        f[2] = rs.getLong(3);
                    } else {
                        f[4] = 1;
                    }
                }, runId, Outcome.ROW_LEFT_OUT.name(), Outcome.FILE_NOT_READ.name());
        return byFile.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .filter(e -> !e.getKey().startsWith("rates/") && !e.getKey().startsWith("registry/"))
                .map(e -> new FileFigures(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getValue()[3],
                        e.getValue()[4] > 0))
                .toList();
    }

    private static long[] figures(Map<String, long[]> byFile, String file) {
        return byFile.computeIfAbsent(file, f -> new long[5]);
    }

    /** Offerings ranked in each section by concern level. */
    public Map<Section, Map<ConcernLevel, Long>> concernBySection(long runId) {
        Map<Section, Map<ConcernLevel, Long>> counts = new EnumMap<>(Section.class);
        for (Section section : Section.values()) {
            Map<ConcernLevel, Long> levels = new EnumMap<>(ConcernLevel.class);
            Arrays.stream(ConcernLevel.values()).forEach(level -> levels.put(level, 0L));
            counts.put(section, levels);
        }
        jdbc.query("SELECT section, concern_level, COUNT(*) FROM cc_offering WHERE run_id = ? AND survivor"
                        + " GROUP BY section, concern_level",
                rs -> {
                    counts.get(Section.valueOf(rs.getString(1))).put(ConcernLevel.values()[rs.getInt(2)], rs.getLong(3));
                }, runId);
        return counts;
    }

    /** Course cost of commercial offerings by country, in the reporting currency. */
    public record CountryCost(String countryCode, String countryText, long offerings, BigDecimal minimum,
                              BigDecimal median, BigDecimal maximum) {
    }

    public List<CountryCost> costByCountry(long runId) {
        return jdbc.query("SELECT country_code, MIN(country_text), COUNT(*), MIN(rep_amount),"
                        + " PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY rep_amount), MAX(rep_amount)"
                        + " FROM cc_offering WHERE run_id = ? AND survivor AND section = 'CLINIC' AND rep_amount IS NOT NULL"
                        + " GROUP BY country_code ORDER BY 5",
                (rs, i) -> new CountryCost(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getBigDecimal(4),
                        rs.getBigDecimal(5), rs.getBigDecimal(6)), runId);
    }

    /** How many ranked offerings carry each flag. */
    public Map<Flag, Long> flagCounts(long runId) {
        Map<Flag, Long> counts = new EnumMap<>(Flag.class);
        jdbc.query("SELECT flags, COUNT(*) FROM cc_offering WHERE run_id = ? AND survivor GROUP BY flags",
                rs -> {
                    long n = rs.getLong(2);
                    Flags.parse(rs.getString(1)).forEach(flag -> counts.merge(flag, n, Long::sum));
                }, runId);
        return counts;
    }

    public long problemCount(long runId) {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM cc_input_problem WHERE run_id = ?", Long.class, runId);
        return n == null ? 0 : n;
    }

    /** Files of every kind that could not be read at all. */
    public List<String> filesNotRead(long runId) {
        return jdbc.queryForList("SELECT file FROM cc_input_problem WHERE run_id = ? AND outcome = ? ORDER BY file",
                String.class, runId, Outcome.FILE_NOT_READ.name());
    }

    /** The registry export files the run checked against. */
    public List<String> registryFiles(long runId) {
        return jdbc.queryForList("SELECT DISTINCT export_file FROM cc_registry_record WHERE run_id = ? ORDER BY export_file",
                String.class, runId);
    }
}
