package org.cellcompare.registry;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvException;

import org.cellcompare.ingest.InputProblem;

/**
 * The studies in ClinicalTrials.gov CSV exports ({@code NCT Number,Study Title,Study URL,...}) found
 * in {@code input/registry/}. Files that are not such an export become input problems.
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
        List<Path> csvs;
        try (Stream<Path> listing = Files.list(folder)) {
            csvs = listing.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv"))
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted(NEWEST_FIRST).toList();
        }
        for (Path csv : csvs) {
            String name = "registry/" + csv.getFileName();
            try {
                readExport(csv, name, records, problems);
                files.add(name);
            } catch (IOException | CsvException | RuntimeException e) {
                problems.add(InputProblem.forFile(name, "The registry export could not be read (" + e.getMessage() + ").",
                        "Download the export again from ClinicalTrials.gov (Download, CSV) and replace this file."));
            }
        }
        return new TrialRegistryExport(records, problems, files);
    }

    private static void readExport(Path csv, String name, Map<String, TrialRecord> records, List<InputProblem> problems)
            throws IOException, CsvException {
        try (InputStream in = Files.newInputStream(csv);
             CSVReader reader = new CSVReaderBuilder(new BufferedReader(new InputStreamReader(skipBom(in), StandardCharsets.UTF_8)))
                     .withCSVParser(new RFC4180ParserBuilder().build()).build()) {
            String[] header = reader.readNext();
            Map<String, Integer> columns = columns(header);
            if (!columns.containsKey("nct number")) {
                problems.add(InputProblem.forFile(name, "This is not a ClinicalTrials.gov export: it has no 'NCT Number' column.",
                        "Download the export from ClinicalTrials.gov with Download, CSV, or move the file out of input/registry/."));
                return;
            }
            String[] row;
            int rowNumber = 1;
            while ((row = reader.readNext()) != null) {
                rowNumber++;
                List<RegistryId> ids = RegistryIds.find(field(row, columns, "nct number"));
                if (ids.isEmpty()) {
                    if (!String.join("", row).isBlank()) {
                        problems.add(new InputProblem(name, null, rowNumber, "NCT Number", field(row, columns, "nct number"),
                                "No valid NCT number, so this study cannot be matched.", "Check the export; each row should start with an NCT number.",
                                InputProblem.Outcome.REFERENCE_ROW_NOT_USED));
                    }
                    continue;
                }
                String id = ids.get(0).id();
                records.putIfAbsent(id, new TrialRecord(id, field(row, columns, "study title"), field(row, columns, "study url"),
                        field(row, columns, "study status"), field(row, columns, "conditions"), field(row, columns, "phases"),
                        integer(field(row, columns, "enrollment")), field(row, columns, "sponsor"), name));
            }
        }
    }

    private static InputStream skipBom(InputStream in) throws IOException {
        InputStream buffered = new BufferedInputStream(in);
        buffered.mark(3);
        byte[] bom = buffered.readNBytes(3);
        if (!(bom.length == 3 && (bom[0] & 0xFF) == 0xEF && (bom[1] & 0xFF) == 0xBB && (bom[2] & 0xFF) == 0xBF)) {
            buffered.reset();
        }
        return buffered;
    }

    private static Map<String, Integer> columns(String[] header) {
        Map<String, Integer> columns = new HashMap<>();
        if (header != null) {
            for (int i = 0; i < header.length; i++) {
                columns.putIfAbsent(header[i].strip().toLowerCase(Locale.ROOT), i);
            }
        }
        return columns;
    }

    private static String field(String[] row, Map<String, Integer> columns, String name) {
        Integer index = columns.get(name);
        return index == null || index >= row.length ? "" : row[index].strip();
    }

    private static Integer integer(String text) {
        String digits = text.replaceAll("[^0-9]", "");
        return digits.isEmpty() || digits.length() > 9 ? null : Integer.valueOf(digits);
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
