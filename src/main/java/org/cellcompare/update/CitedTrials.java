package org.cellcompare.update;

import java.nio.file.Path;
import java.util.SortedSet;
import java.util.TreeSet;

import org.springframework.batch.infrastructure.item.ExecutionContext;

import org.cellcompare.ingest.HeaderMatcher;
import org.cellcompare.ingest.OfferingColumn;
import org.cellcompare.ingest.OfferingFiles;
import org.cellcompare.ingest.OfferingRowReader;
import org.cellcompare.ingest.RawRow;
import org.cellcompare.registry.Registry;
import org.cellcompare.registry.RegistryId;
import org.cellcompare.registry.RegistryIds;

/**
 * The NCT numbers the offering files cite, read the way the run reads them. A file that cannot be
 * read is passed over here; the run itself reports it in Input problems.
 */
final class CitedTrials {

    private final int headerScanRows;

    CitedTrials(int headerScanRows) {
        this.headerScanRows = headerScanRows;
    }

    SortedSet<String> in(Path offeringsFolder) {
        SortedSet<String> ids = new TreeSet<>();
        for (Path file : new OfferingFiles(offeringsFolder).list()) {
            // notes about the file are the run's to report
            OfferingRowReader reader = new OfferingRowReader(file, new HeaderMatcher(), headerScanRows, note -> { });
            try {
                reader.open(new ExecutionContext());
                for (RawRow row = reader.read(); row != null; row = reader.read()) {
                    RegistryIds.find(row.text(OfferingColumn.REGISTRATION)).stream()
                            .filter(id -> id.registry() == Registry.CLINICALTRIALS_GOV)
                            .map(RegistryId::id)
                            .forEach(ids::add);
                }
            } catch (Exception e) {
                // an unreadable file is the run's to report, with the file, sheet and row
            } finally {
                reader.close();
            }
        }
        return ids;
    }
}
