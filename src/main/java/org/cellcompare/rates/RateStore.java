package org.cellcompare.rates;

import java.time.LocalDate;
import java.util.Collection;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import org.cellcompare.text.Texts;

/** The rates a run uses, saved once by the rates step and read by every later step. */
@Component
public class RateStore {

    private final JdbcTemplate jdbc;

    public RateStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void replace(long runId, Collection<Rate> rates) {
        jdbc.update("DELETE FROM cc_rate WHERE run_id = ?", runId);
        jdbc.batchUpdate("INSERT INTO cc_rate (run_id, currency, units_per_eur, rate_date, source) VALUES (?, ?, ?, ?, ?)",
                rates, 100, (ps, rate) -> {
                    ps.setLong(1, runId);
                    ps.setString(2, rate.currency());
                    ps.setBigDecimal(3, rate.unitsPerEur());
                    ps.setObject(4, rate.date());
                    ps.setString(5, Texts.fit(rate.source(), Rate.MAX_SOURCE_LENGTH));
                });
    }

    public ExchangeRates load(long runId) {
        return new ExchangeRates(jdbc.query("SELECT currency, units_per_eur, rate_date, source FROM cc_rate WHERE run_id = ?",
                (rs, i) -> new Rate(rs.getString(1), rs.getBigDecimal(2), rs.getObject(3, LocalDate.class),
                        rs.getString(4)), runId));
    }
}
