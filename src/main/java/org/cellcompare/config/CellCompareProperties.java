package org.cellcompare.config;

import java.math.BigDecimal;
import java.net.URI;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Everything a nonprofit may tune, bound from {@code cellcompare.*} in {@code application.yml} and
 * overridable on the command line (e.g. {@code --cellcompare.ingest.threads=1}). Each value is
 * checked as it is bound, so an impossible one stops the start with its name. How the warning
 * signs are weighed ({@code cellcompare.concern.*}) belongs to ranking: {@code rank/ConcernSettings}.
 */
@Validated
@ConfigurationProperties("cellcompare")
public record CellCompareProperties(@NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as USD")
                                    String reportingCurrency, @NotNull @Valid Rates rates, @NotNull @Valid Ingest ingest,
                                    @NotNull @Valid Changes changes, @NotNull @Valid Updates updates,
                                    @NotNull @Valid History history, @NotNull @Valid Summary summary,
                                    @NotNull @Valid Travel travel, @NotNull @Valid Page page) {

    /** Rates older than {@code maxAgeDays} before the report date put a warning on Summary and in the log. */
    public record Rates(@Min(0) int maxAgeDays) {
    }

    /** A course cost counts as changed from last month when it moved by at least this many percent. */
    public record Changes(@NotNull @DecimalMin("0") BigDecimal priceChangePercent) {
    }

    /**
     * Rows per transaction, rows searched for a header below title rows, files read at once, how
     * to read a date like 03/04/2026 ({@code DAY_FIRST} or {@code MONTH_FIRST}), and how often a
     * long file reports its progress in the log.
     */
    public record Ingest(@Min(1) int chunkSize, @Min(1) int headerScanRows, @Min(1) int threads,
                         @NotNull DateOrder ambiguousDates, @Min(0) int progressSeconds) {
    }

    /**
     * A country's median course cost is charted on the Summary only when at least this many
     * offers, price outliers left out, stand behind it; with fewer it is marked as a rough figure.
     */
    public record Summary(@Min(1) int fewestOffersPerCountry) {
    }

    /**
     * The largest history, in MB, of which a copy is kept after every run; a larger one, left by
     * pooled files of a million rows, is backed up by whoever runs them.
     */
    public record History(@Min(0) int keepCopyUpToMb) {
    }

    /**
     * Who a trip estimate counts: how many travel ({@code --travellers=N}; the child and one
     * parent by default), and the days of travel added to a program's days.
     */
    public record Travel(@Min(1) @Max(20) int travellers, @Min(0) @Max(30) int travelDays) {
    }

    /**
     * Whether the run writes the month's web page beside the workbook ({@code --no-html} turns it
     * off), and how many offerings it lists per section before it leaves the rest to the workbook:
     * a page of a hundred thousand blocks helps nobody on a phone.
     */
    public record Page(boolean enabled, @Min(1) int mostOffersPerSection) {
    }

    /**
     * Where {@code --update-rates}, {@code --update-registry} and {@code --update-travel} fetch
     * from, how many NCT numbers go in one request to the registry, and how long a server may take
     * to answer. {@code travelUrl} is text, not a URI, because it may hold {@code {month}} and
     * {@code {year}}, filled in with the month whose file the State Department names after it.
     */
    public record Updates(@NotNull URI ratesUrl, @NotNull URI registryUrl,
                          @NotNull @Pattern(regexp = "(?i)https?://\\S+", message = "must be an http:// or https:// address")
                          String travelUrl, @Min(1) int registryBatchSize, @Min(1) int timeoutSeconds) {
    }
}
