-- The stay and travel costs a run's trip estimates are made from, saved once by the travel step
-- and read by every later step, as the exchange rates are: the State Department's per diem rows in
-- force on the report date, from the one file used, and the nonprofit's return fares.
CREATE TABLE cc_stay_rate (
    run_id BIGINT NOT NULL,
    country_code VARCHAR(2) NOT NULL,
    country VARCHAR(200) NOT NULL,
    location VARCHAR(200),
    season_start VARCHAR(5) NOT NULL,
    season_end VARCHAR(5) NOT NULL,
    lodging DECIMAL(30, 4) NOT NULL,
    meals DECIMAL(30, 4) NOT NULL,
    source_row INTEGER NOT NULL,
    file VARCHAR(1000) NOT NULL,
    published DATE
);
CREATE INDEX cc_stay_rate_run ON cc_stay_rate (run_id);

CREATE TABLE cc_flight_fare (
    run_id BIGINT NOT NULL,
    country_code VARCHAR(2) NOT NULL,
    return_fare DECIMAL(30, 4) NOT NULL,
    currency VARCHAR(3) NOT NULL,
    fare_date DATE NOT NULL,
    source VARCHAR(1000),
    source_row INTEGER NOT NULL,
    file VARCHAR(1000) NOT NULL
);
CREATE INDEX cc_flight_fare_run ON cc_flight_fare (run_id);
