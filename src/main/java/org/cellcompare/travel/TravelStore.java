package org.cellcompare.travel;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import org.cellcompare.text.Texts;

/**
 * The stay and travel costs a run uses, saved once by the travel step and read by every later
 * step, so a run resumed after a crash estimates with the rates it began with. Only the per diem
 * rows in force on the report date are kept: the others can never be used by the month.
 */
@Component
public class TravelStore {

    private static final int MAX_TEXT = 200;
    private static final int MAX_FILE = 1000;

    private final JdbcTemplate jdbc;

    public TravelStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void replace(long runId, TravelCosts costs, LocalDate reportDate) {
        jdbc.update("DELETE FROM cc_stay_rate WHERE run_id = ?", runId);
        jdbc.update("DELETE FROM cc_flight_fare WHERE run_id = ?", runId);
        PerDiemTable table = costs.perDiem();
        if (table != null) {
            jdbc.batchUpdate("INSERT INTO cc_stay_rate (run_id, country_code, country, location, season_start, season_end,"
                            + " lodging, meals, source_row, file, published) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    TravelFolder.inForce(table, reportDate), 500, (ps, rate) -> {
                        ps.setLong(1, runId);
                        ps.setString(2, rate.countryCode());
                        ps.setString(3, Texts.fit(rate.country(), MAX_TEXT));
                        ps.setString(4, Texts.fit(rate.location(), MAX_TEXT));
                        ps.setString(5, monthDay(rate.seasonStart()));
                        ps.setString(6, monthDay(rate.seasonEnd()));
                        ps.setBigDecimal(7, rate.lodging());
                        ps.setBigDecimal(8, rate.meals());
                        ps.setInt(9, rate.row());
                        ps.setString(10, Texts.fit(table.file(), MAX_FILE));
                        ps.setObject(11, table.published());
                    });
        }
        jdbc.batchUpdate("INSERT INTO cc_flight_fare (run_id, country_code, return_fare, currency, fare_date, source, source_row,"
                + " file) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", costs.flights().values(), 500, (ps, fare) -> {
                    ps.setLong(1, runId);
                    ps.setString(2, fare.countryCode());
                    ps.setBigDecimal(3, fare.returnFare());
                    ps.setString(4, fare.currency());
                    ps.setObject(5, fare.date());
                    ps.setString(6, Texts.fit(fare.source(), MAX_FILE));
                    ps.setInt(7, fare.row());
                    ps.setString(8, Texts.fit(costs.flightsFile(), MAX_FILE));
                });
    }

    public TravelCosts load(long runId) {
        String[] file = new String[1];
        LocalDate[] published = new LocalDate[1];
        List<PerDiemRate> rates = jdbc.query("SELECT country_code, country, location, season_start, season_end, lodging, meals,"
                + " source_row, file, published FROM cc_stay_rate WHERE run_id = ? ORDER BY source_row", (rs, i) -> {
                    file[0] = rs.getString(9);
                    published[0] = rs.getObject(10, LocalDate.class);
                    return new PerDiemRate(rs.getString(1), rs.getString(2), rs.getString(3), MonthDay.parse("--" + rs.getString(4)),
                            MonthDay.parse("--" + rs.getString(5)), rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getInt(8));
                }, runId);
        Map<String, FlightFare> fares = new LinkedHashMap<>();
        String[] flightsFile = new String[1];
        jdbc.query("SELECT country_code, return_fare, currency, fare_date, source, source_row, file FROM cc_flight_fare"
                + " WHERE run_id = ? ORDER BY country_code", rs -> {
                    flightsFile[0] = rs.getString(7);
                    fares.put(rs.getString(1), new FlightFare(rs.getString(1), rs.getBigDecimal(2), rs.getString(3),
                            rs.getObject(4, LocalDate.class), rs.getString(5), rs.getInt(6)));
                }, runId);
        PerDiemTable table = file[0] == null ? null : new PerDiemTable(file[0], published[0], rates);
        return new TravelCosts(table, fares, flightsFile[0]);
    }

    /** "MM-dd", MonthDay's own form without its leading dashes. */
    private static String monthDay(MonthDay day) {
        return day.toString().substring(2);
    }
}
