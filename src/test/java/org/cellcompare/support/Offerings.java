package org.cellcompare.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

import org.cellcompare.config.CellCompareProperties;
import org.cellcompare.config.DateOrder;
import org.cellcompare.ingest.CellValue;
import org.cellcompare.ingest.OfferingColumn;
import org.cellcompare.ingest.RawRow;
import org.cellcompare.normalize.CountryNames;
import org.cellcompare.normalize.CurrencyResolver;
import org.cellcompare.normalize.Offering;
import org.cellcompare.normalize.OfferingNormalizer;
import org.cellcompare.rank.ConcernFlagger;
import org.cellcompare.rank.ConcernScorer;
import org.cellcompare.rank.ConcernSettings;
import org.cellcompare.rank.Flag;
import org.cellcompare.rank.StagedOffering;
import org.cellcompare.travel.TripEstimate;
import org.cellcompare.rates.ExchangeRates;
import org.cellcompare.rates.Rate;
import org.cellcompare.registry.TrialRecord;
import org.cellcompare.registry.TrialRegistryExport;

/**
 * Builds offerings the way the job does, from raw rows through the real normalizer and flagger,
 * with the default settings of application.yml and a small registry export.
 */
public final class Offerings {

    public static final LocalDate REPORT_DATE = LocalDate.of(2026, 11, 22);
    public static final YearMonth REPORT_MONTH = YearMonth.from(REPORT_DATE);
    private static final LocalDate RATE_DAY = LocalDate.of(2026, 4, 13);
    /** Staged rows' places in their file: distinct across tests, as ids are made of them. */
    private static final AtomicLong ITEMS = new AtomicLong();
    /** Staged here without stay costs, as a month without a per diem file is; TripEstimatorTests estimate trips. */
    private static final TripEstimate NO_TRAVEL_DATA = TripEstimate.none(TripEstimate.Gap.NO_TRAVEL_DATA, null);
    public static final ExchangeRates RATES = new ExchangeRates(List.of(
            new Rate("USD", new BigDecimal("1.1684"), RATE_DAY, "ECB"),
            new Rate("THB", new BigDecimal("37.728"), RATE_DAY, "ECB"),
            new Rate("INR", new BigDecimal("109.047"), RATE_DAY, "ECB"),
            new Rate("MXN", new BigDecimal("20.3203"), RATE_DAY, "ECB")));
    public static final TrialRegistryExport EXPORT = TrialRegistryExport.of(List.of(
            trial("NCT02569775", "COMPLETED", "Cerebral Palsy", "PHASE2"),
            trial("NCT04512345", "RECRUITING", "Cerebral Palsy", "PHASE2"),
            trial("NCT05022222", "NOT_YET_RECRUITING", "Cerebral Palsy", "PHASE1"),
            trial("NCT03987654", "ACTIVE_NOT_RECRUITING", "Palsy, Cerebral", "PHASE2|PHASE3"),
            trial("NCT03111111", "COMPLETED", "Autism Spectrum Disorder", "PHASE2")));

    private final OfferingNormalizer normalizer = new OfferingNormalizer(new CountryNames(), new CurrencyResolver(),
            RATES, EXPORT, "USD", DateOrder.DAY_FIRST, REPORT_MONTH);
    private final ConcernSettings concern;
    private final ConcernFlagger flagger;
    private final ConcernScorer scorer;
    private int nextRow = 2;

    public Offerings() {
        this(defaultConcern());
    }

    public Offerings(ConcernSettings concern) {
        this.concern = concern;
        this.flagger = new ConcernFlagger(concern, REPORT_DATE);
        this.scorer = new ConcernScorer(concern);
    }

    private static TrialRecord trial(String id, String status, String conditions, String phases) {
        return new TrialRecord(id, "Study " + id, "https://clinicaltrials.gov/study/" + id, status, conditions, phases,
                50, "Sponsor of " + id, "registry/ctg.csv");
    }

    /** The settings of the real application.yml. */
    public static CellCompareProperties applicationYml() {
        return applicationYmlSection("cellcompare", CellCompareProperties.class);
    }

    private static <T> T applicationYmlSection(String prefix, Class<T> type) {
        try {
            List<PropertySource<?>> sources = new YamlPropertySourceLoader().load("application.yml",
                    new ClassPathResource("application.yml"));
            return new Binder(ConfigurationPropertySources.from(sources)).bind(prefix, type).get();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ConcernSettings defaultConcern() {
        return applicationYmlSection("cellcompare.concern", ConcernSettings.class);
    }

    /** The default settings with other points for one flag. */
    public static ConcernSettings withPoints(Flag flag, int points) {
        ConcernSettings concern = defaultConcern();
        Map<Flag, Integer> changed = new EnumMap<>(concern.points());
        changed.put(flag, points);
        return new ConcernSettings(changed, concern.scoreCap(), concern.bands(), concern.manyInjections(),
                concern.priceOutlierFactor(), concern.staleAfterMonths());
    }

    public ConcernSettings concern() {
        return concern;
    }

    public ConcernScorer scorer() {
        return scorer;
    }

    public Offering offering(String file, Map<OfferingColumn, String> texts) {
        Map<OfferingColumn, CellValue> values = new EnumMap<>(OfferingColumn.class);
        Map<OfferingColumn, String> headers = new EnumMap<>(OfferingColumn.class);
        texts.forEach((column, text) -> {
            values.put(column, CellValue.ofText(text));
            headers.put(column, column.header());
        });
        return normalizer.normalize(new RawRow(file, null, nextRow++, values, headers));
    }

    /** A row as read from a file, through the real normalizer. */
    public Offering normalize(RawRow row) {
        return normalizer.normalize(row);
    }

    public Offering offering(Map<OfferingColumn, String> texts) {
        return offering("offers.csv", texts);
    }

    public Set<Flag> flags(Offering offering) {
        return flagger.flags(offering);
    }

    public StagedOffering staged(Offering offering) {
        Set<Flag> flags = flagger.flags(offering);
        return StagedOffering.of(ITEMS.incrementAndGet(), offering, NO_TRAVEL_DATA, flags, scorer);
    }

    public StagedOffering staged(String file, Map<OfferingColumn, String> texts) {
        return staged(offering(file, texts));
    }

    public StagedOffering staged(Map<OfferingColumn, String> texts) {
        return staged(offering(texts));
    }

    /** A commercial offering with the usual fields, verified recently. */
    public static Map<OfferingColumn, String> clinic(String provider, String country, String price) {
        Map<OfferingColumn, String> texts = new EnumMap<>(OfferingColumn.class);
        texts.put(OfferingColumn.PROVIDER, provider);
        texts.put(OfferingColumn.COUNTRY, country);
        texts.put(OfferingColumn.PRICE, price);
        texts.put(OfferingColumn.CELL_SOURCE, "autologous bone marrow");
        texts.put(OfferingColumn.ROUTE, "IV");
        texts.put(OfferingColumn.LAST_VERIFIED, "2026-10-01");
        return texts;
    }

    /** A registered trial citing this registration number, verified recently. */
    public static Map<OfferingColumn, String> trial(String provider, String registration) {
        Map<OfferingColumn, String> texts = new EnumMap<>(OfferingColumn.class);
        texts.put(OfferingColumn.PROVIDER, provider);
        texts.put(OfferingColumn.COUNTRY, "United States");
        texts.put(OfferingColumn.REGISTRATION, registration);
        texts.put(OfferingColumn.CELL_SOURCE, "autologous cord blood");
        texts.put(OfferingColumn.ROUTE, "IV");
        texts.put(OfferingColumn.LAST_VERIFIED, "2026-10-01");
        return texts;
    }

    public static Map<OfferingColumn, String> with(Map<OfferingColumn, String> texts, OfferingColumn column, String value) {
        Map<OfferingColumn, String> copy = new EnumMap<>(texts);
        copy.put(column, value);
        return copy;
    }
}
