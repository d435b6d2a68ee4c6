package org.cellcompare.config;

import java.math.BigDecimal;
import java.net.URI;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Everything a nonprofit may tune, bound from {@code cellcompare.*} in {@code application.yml} and
 * overridable on the command line (e.g. {@code --cellcompare.concern.points.CURE_CLAIM=40}).
 */
@ConfigurationProperties("cellcompare")
public record CellCompareProperties(String reportingCurrency, Rates rates, Concern concern, Ingest ingest,
                                    Changes changes, Updates updates, History history) {

    /** Rates older than {@code maxAgeDays} before the report date put a warning on Summary and in the log. */
    public record Rates(int maxAgeDays) {
    }

    /**
     * Points per flag code, the cap on the summed score, where each concern band starts, and the
     * thresholds of the flags that have one.
     */
    public record Concern(Map<String, Integer> points, int scoreCap, Bands bands, int manyInjections,
                          BigDecimal priceOutlierFactor, int staleAfterMonths) {
    }

    /** A course cost counts as changed from last month when it moved by at least this many percent. */
    public record Changes(BigDecimal priceChangePercent) {
    }

    /** The lowest score of each band above "Lower concern". */
    public record Bands(int moderate, int high, int veryHigh) {
    }

    /**
     * Rows per transaction, rows searched for a header below title rows, files read at once, how
     * to read a date like 03/04/2026 ({@code DAY_FIRST} or {@code MONTH_FIRST}), and how often a
     * long file reports its progress in the log.
     */
    public record Ingest(int chunkSize, int headerScanRows, int threads, DateOrder ambiguousDates, int progressSeconds) {
    }

    /**
     * The largest history, in MB, of which a copy is kept after every run; a larger one, left by
     * pooled files of a million rows, is backed up by whoever runs them.
     */
    public record History(int keepCopyUpToMb) {
    }

    /**
     * Where {@code --update-rates} and {@code --update-registry} fetch from, how many NCT numbers
     * go in one request to the registry, and how long a server may take to answer.
     */
    public record Updates(URI ratesUrl, URI registryUrl, int registryBatchSize, int timeoutSeconds) {
    }
}
