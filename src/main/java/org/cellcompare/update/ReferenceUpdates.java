package org.cellcompare.update;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.SortedSet;

import org.springframework.stereotype.Component;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.cellcompare.config.CellCompareProperties;
import org.cellcompare.travel.TravelCountries;
import org.cellcompare.update.Download.DownloadException;

/**
 * Fetches fresh reference data before a run, when asked: the ECB's rate history, what
 * ClinicalTrials.gov says about the trials the offerings cite, and the State Department's per diem
 * rates. Each says in one line what it did; when it cannot, the run goes on with the files it
 * already has. What happened is kept for the run's later warnings and sheets, so that they do not
 * advise a download that has just failed.
 */
@Component
public class ReferenceUpdates {

    private static final Logger log = LoggerFactory.getLogger(ReferenceUpdates.class);

    private final CellCompareProperties.Updates settings;
    private final int headerScanRows;
    private final TravelCountries travelCountries;
    private final Download download;
    private volatile String ratesFailure;
    private volatile String travelFailure;
    private volatile Saved registrySaved;

    /** A file a download saved in the input folder ({@code registry/NAME}), and the day it did. */
    public record Saved(String file, LocalDate on) {
    }

    public ReferenceUpdates(CellCompareProperties properties, TravelCountries travelCountries) {
        this.settings = properties.updates();
        this.headerScanRows = properties.ingest().headerScanRows();
        this.travelCountries = travelCountries;
        this.download = new Download(Duration.ofSeconds(settings.timeoutSeconds()));
    }

    /** Replaces {@code input/rates/eurofxref-hist.zip} with the ECB's current one; true when it did. */
    public boolean rates(Path input) {
        Path folder = input.resolve("rates");
        try {
            LocalDate newest = new RatesUpdate(download, settings.ratesUrl()).update(folder);
            log.info("Exchange rates updated: {} now holds the ECB's rates up to {}", folder.resolve(RatesUpdate.FILE_NAME), newest);
            ratesFailure = null;
            return true;
        } catch (DownloadException | IOException e) {
            log.warn("Exchange rates were not updated because {}; the run uses the files already in {}", e.getMessage(), folder);
            ratesFailure = e.getMessage();
            return false;
        }
    }

    /** Why this run's {@code --update-rates} failed; empty when it was not asked for, or worked. */
    public Optional<String> ratesFailure() {
        return Optional.ofNullable(ratesFailure);
    }

    /**
     * Saves the State Department's newest per diem rates in {@code input/travel/}, named after the
     * month they were published; true when it did.
     */
    public boolean travel(Path input) {
        Path folder = input.resolve("travel");
        try {
            TravelUpdate.Saved saved = new TravelUpdate(download, settings.travelUrl(), travelCountries)
                    .update(folder, YearMonth.now());
            if (saved.published() != null) {
                log.info("Stay costs updated: {} holds the State Department's per diem rates published {}, for {} countries",
                        saved.file(), saved.published(), saved.countries());
            } else {
                // a table without a date counts as the oldest publication in the folder
                log.info("Stay costs updated: {} holds the State Department's per diem rates published {}, for {} countries;"
                        + " the file gives no publication date of its own, so the run prefers any per diem file in {} that does",
                        saved.file(), saved.asked() == null ? "in a month the file does not name" : "for " + saved.asked(),
                        saved.countries(), folder);
            }
            travelFailure = null;
            return true;
        } catch (DownloadException | IOException e) {
            log.warn("Stay costs were not updated because {}; the run uses the files already in {}", e.getMessage(), folder);
            travelFailure = e.getMessage();
            return false;
        }
    }

    /** Why this run's {@code --update-travel} failed; empty when it was not asked for, or worked. */
    public Optional<String> travelFailure() {
        return Optional.ofNullable(travelFailure);
    }

    /** The export this run's {@code --update-registry} saved; empty when it was not asked for, or saved nothing. */
    public Optional<Saved> registrySaved() {
        return Optional.ofNullable(registrySaved);
    }

    /** Saves ClinicalTrials.gov's current record of every cited NCT number in {@code input/registry/}; true when it did. */
    public boolean registry(Path input) {
        Path folder = input.resolve("registry");
        SortedSet<String> cited = new CitedTrials(headerScanRows).in(input.resolve("offerings"));
        if (cited.isEmpty()) {
            log.info("Registry not asked: the offerings cite no NCT number");
            return false;
        }
        try {
            RegistryUpdate.Result result = new RegistryUpdate(download, settings.registryUrl(), settings.registryBatchSize())
                    .update(cited, folder);
            log.info("Registry updated: ClinicalTrials.gov knows {} of the {} NCT numbers cited; saved in {}", result.found(),
                    result.asked(), folder.resolve(RegistryUpdate.FILE_NAME));
            registrySaved = new Saved("registry/" + RegistryUpdate.FILE_NAME, LocalDate.now());
            return true;
        } catch (DownloadException | IOException e) {
            log.warn("The registry was not updated because {}; the run uses the exports already in {}", e.getMessage(), folder);
            return false;
        }
    }
}
