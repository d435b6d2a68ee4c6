package org.cellcompare.registry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cellcompare.files.FolderEntries;
import org.cellcompare.ingest.InputProblem;

/**
 * The studies in ClinicalTrials.gov CSV exports ({@code NCT Number,Study Title,Study URL,...}) found
 * in {@code input/registry/}. Files that are not such an export, and rows that cannot be used,
 * become input problems (see {@link RegistryExportFile}); the rest is used.
 */
public final class TrialRegistryExport {

    private final Map<String, TrialRecord> records;
    private final List<InputProblem> problems;
    private final List<String> files;

    private TrialRegistryExport(Map<String, TrialRecord> records, List<InputProblem> problems, List<String> files) {
        this.records = records;
        this.problems = problems;
        this.files = files;
    }

    public static TrialRegistryExport of(List<TrialRecord> records) {
        Map<String, TrialRecord> byId = new LinkedHashMap<>();
        records.forEach(r -> byId.putIfAbsent(r.id(), r));
        List<String> files = records.stream().map(TrialRecord::exportFile).distinct().toList();
        return new TrialRegistryExport(byId, List.of(), files);
    }

    /**
     * Where two exports describe the same study, the one saved last wins: a fresh download from
     * --update-registry, or a newer export from the website, replaces what an older file said.
     * Files saved at the same moment are read in name order.
     */
    private static final Comparator<Path> NEWEST_FIRST = Comparator.comparing(TrialRegistryExport::savedAt).reversed()
            .thenComparing(Comparator.naturalOrder());

    private static FileTime savedAt(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    public static TrialRegistryExport load(Path folder) throws IOException {
        Map<String, TrialRecord> records = new LinkedHashMap<>();
        List<InputProblem> problems = new ArrayList<>();
        List<String> files = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return new TrialRegistryExport(records, problems, files);
        }
        List<Path> csvs = new ArrayList<>();
        for (FolderEntries.Entry entry : FolderEntries.list(folder, folder.toAbsolutePath().getParent())) {
            if (entry.readable() && entry.name().toLowerCase(Locale.ROOT).endsWith(".csv")) {
                csvs.add(entry.path());
            } else if (!entry.readable() && entry.kind() != FolderEntries.Kind.HIDDEN) {
                problems.add(InputProblem.forFile("registry/" + entry.name(), entry.kind().reason(), entry.kind().fix()));
            }
        }
        csvs.sort(NEWEST_FIRST);
        for (Path csv : csvs) {
            String name = "registry/" + csv.getFileName();
            if (RegistryExportFile.read(csv, name, records, problems)) {
                files.add(name);
            }
        }
        return new TrialRegistryExport(records, problems, files);
    }

    /** The study with this NCT number, or null when the export does not have it. */
    public TrialRecord find(String nctId) {
        return records.get(nctId);
    }

    public List<TrialRecord> records() {
        return List.copyOf(records.values());
    }

    public List<InputProblem> problems() {
        return problems;
    }

    /** The export files read; an empty list means NCT numbers could not be checked. */
    public List<String> files() {
        return files;
    }

    public boolean isEmpty() {
        return files.isEmpty();
    }
}
