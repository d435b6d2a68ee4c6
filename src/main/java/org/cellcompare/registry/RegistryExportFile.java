package org.cellcompare.registry;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvException;

import org.cellcompare.ingest.InputProblem;
import org.cellcompare.text.Texts;

/**
 * Reads one ClinicalTrials.gov CSV export into the studies of all exports read so far. A row is
 * used only when it has an NCT number and exactly the export's columns: a row cut short, or one
 * whose values have slipped under the wrong columns, would make a cerebral-palsy trial look like a
 * study of something else. A value that cannot be used (an enrollment that is not a number, a
 * status or address far longer than any real one) is left blank and the study is kept; a text
 * longer than a spreadsheet cell holds is cut. Each of these is an Input problems line.
 *
 * <p>The same NCT number twice: files are read newest first, so a study already read from a
 * file saved later keeps that file's row (one line per older file says how many it replaced);
 * twice in one file, the first row is used and the second is a line of its own.
 */
final class RegistryExportFile {

    private static final String FIX = "Download the export again from ClinicalTrials.gov (Download, CSV) and replace this file.";
    private static final String NCT_NUMBER = "nct number";
    /** "40", "1,200", and the "40 (Actual)" older exports write. */
    private static final Pattern ENROLLMENT = Pattern.compile("(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\s*\\((?:actual|estimated|anticipated)\\))?",
            Pattern.CASE_INSENSITIVE);
    private static final int MAX_ENROLLMENT_TEXT = 40;

    private final Path csv;
    private final String name;
    private final Map<String, TrialRecord> records;
    private final Map<String, Integer> rowOfStudy = new HashMap<>();
    private final List<InputProblem> problems;
    private final Map<String, Integer> replacedBy = new LinkedHashMap<>();
    private String[] header;
    private Map<String, Integer> columns;

    private RegistryExportFile(Path csv, String name, Map<String, TrialRecord> records, List<InputProblem> problems) {
        this.csv = csv;
        this.name = name;
        this.records = records;
        this.problems = problems;
    }

    /** Adds the file's studies to {@code records}; false when the file is not an export at all. */
    static boolean read(Path csv, String name, Map<String, TrialRecord> records, List<InputProblem> problems) {
        return new RegistryExportFile(csv, name, records, problems).read();
    }

    private boolean read() {
        int rowNumber = 1;
        try (InputStream in = Files.newInputStream(csv);
             CSVReader reader = new CSVReaderBuilder(new BufferedReader(new InputStreamReader(skipBom(in), StandardCharsets.UTF_8)))
                     .withCSVParser(new RFC4180ParserBuilder().build()).build()) {
            try {
                header = reader.readNext();
            } catch (IOException | CsvException | RuntimeException e) {
                problems.add(InputProblem.forFile(name, "The registry export could not be read (" + e.getMessage() + ").", FIX));
                return false;
            }
            columns = columns(header);
            if (!columns.containsKey(NCT_NUMBER)) {
                problems.add(InputProblem.forFile(name, "This is not a ClinicalTrials.gov export: it has no 'NCT Number' column.",
                        "Download the export from ClinicalTrials.gov with Download, CSV, or move the file out of input/registry/."));
                return false;
            }
            try {
                String[] row;
                while ((row = reader.readNext()) != null) {
                    rowNumber++;
                    readRow(row, rowNumber);
                }
            } catch (IOException | CsvException | RuntimeException e) {
                problems.add(new InputProblem(name, null, rowNumber + 1, null, null, "Reading stopped here: " + whyStopped(e)
                        + ". The rows above were used; this row and those below were not.", FIX,
                        InputProblem.Outcome.REFERENCE_ROW_NOT_USED));
            }
        } catch (IOException e) {
            problems.add(InputProblem.forFile(name, "The registry export could not be read (" + e.getMessage() + ").", FIX));
            return false;
        }
        replacedBy.forEach((newer, count) -> problems.add(new InputProblem(name, null, null, null, null,
                count + (count == 1 ? " study in this file is" : " studies in this file are") + " also in " + newer
                        + ", saved later, whose rows were used for them.",
                "Keep one export, or leave it so: the newest export wins.", InputProblem.Outcome.NOTE)));
        return true;
    }

    private void readRow(String[] row, int rowNumber) {
        if (isBlank(row)) {
            return;
        }
        String idText = field(row, NCT_NUMBER);
        if (idText.equalsIgnoreCase("NCT Number")) {
            return; // the header again, where two exports were pasted together
        }
        if (idText.isEmpty()) {
            notUsed(rowNumber, "NCT Number", idText, "This row has no NCT number, so no offering can be matched to it.");
            return;
        }
        String id = nctNumber(idText);
        if (id == null) {
            notUsed(rowNumber, "NCT Number", idText, "This is not an NCT number (NCT and eight digits, such as NCT02569775),"
                    + " so no offering can be matched to it.");
            return;
        }
        int width = width(header);
        if (row.length < width) {
            notUsed(rowNumber, header[row.length].strip(), idText, "This row ends after " + row.length + " of the export's " + width
                    + " columns, so what it says about " + id + " cannot be trusted; the row was not used.");
            return;
        }
        if (width(row) > header.length) {
            notUsed(rowNumber, null, idText, "This row has more values than the export has columns, so its values may sit under"
                    + " the wrong columns; the row about " + id + " was not used.");
            return;
        }
        TrialRecord known = records.get(id);
        if (known != null) {
            if (known.exportFile().equals(name)) {
                notUsed(rowNumber, "NCT Number", idText, id + " is also at row " + rowOfStudy.get(id)
                        + " of this file; that row was used and this one was not.");
            } else {
                replacedBy.merge(known.exportFile(), 1, Integer::sum);
            }
            return;
        }
        records.put(id, new TrialRecord(id, text(row, "study title", rowNumber), link(row, rowNumber),
                shortText(row, "study status", TrialRecord.MAX_STATUS_LENGTH, "status", rowNumber), text(row, "conditions", rowNumber),
                shortText(row, "phases", TrialRecord.MAX_PHASES_LENGTH, "phase list", rowNumber),
                enrollment(row, rowNumber), text(row, "sponsor", rowNumber), name));
        rowOfStudy.put(id, rowNumber);
    }

    /** OpenCSV's words for a quote never closed quote the lost text; an analyst needs only what to look for. */
    private static String whyStopped(Exception error) {
        String message = String.valueOf(error.getMessage());
        if (message.toLowerCase(Locale.ROOT).contains("unterminated")) {
            return "a quote (\") opened in this row is never closed, so the rest of the file runs together";
        }
        return Texts.fit(message.strip(), 200);
    }

    /** The NCT number the cell holds, in its canonical form, in any case or spacing; null when it holds none. */
    static String nctNumber(String text) {
        return RegistryIds.find(text).stream().filter(id -> id.registry() == Registry.CLINICALTRIALS_GOV)
                .map(RegistryId::id).findFirst().orElse(null);
    }

    /** Free text, cut to what a spreadsheet cell holds. */
    private String text(String[] row, String column, int rowNumber) {
        String value = field(row, column);
        if (value.length() > Texts.MAX_CELL_TEXT) {
            problems.add(new InputProblem(name, null, rowNumber, heading(column), value, "This text is "
                    + String.format("%,d", value.length()) + " characters long, more than a spreadsheet cell holds; only the first "
                    + String.format("%,d", Texts.MAX_CELL_TEXT) + " were kept.", FIX, InputProblem.Outcome.NOTE));
            return Texts.fit(value, Texts.MAX_CELL_TEXT);
        }
        return value;
    }

    /** A value with a known short form (a status, a phase list): far longer is not that value, and is left out. */
    private String shortText(String[] row, String column, int max, String what, int rowNumber) {
        String value = field(row, column);
        if (value.length() > max) {
            problems.add(new InputProblem(name, null, rowNumber, heading(column), value, "This is "
                    + String.format("%,d", value.length()) + " characters long, far longer than any " + what
                    + ", so it was left blank; the rest of the study was used.", FIX, InputProblem.Outcome.VALUE_IGNORED));
            return "";
        }
        return value;
    }

    private String link(String[] row, int rowNumber) {
        return shortText(row, "study url", TrialRecord.MAX_URL_LENGTH, "study's address", rowNumber);
    }

    private Integer enrollment(String[] row, int rowNumber) {
        String text = field(row, "enrollment");
        if (text.isEmpty()) {
            return null;
        }
        Matcher number = text.length() > MAX_ENROLLMENT_TEXT ? null : ENROLLMENT.matcher(text);
        if (number == null || !number.matches()) {
            problems.add(new InputProblem(name, null, rowNumber, heading("enrollment"), text,
                    "This is not a number of participants, so the enrollment was left blank; the rest of the study was used.",
                    FIX, InputProblem.Outcome.VALUE_IGNORED));
            return null;
        }
        String digits = number.group(1).replace(",", "");
        if (digits.length() > 10 || Long.parseLong(digits) > Integer.MAX_VALUE) {
            problems.add(new InputProblem(name, null, rowNumber, heading("enrollment"), text,
                    "This is more participants than any study has, so the enrollment was left blank; the rest of the study was used.",
                    FIX, InputProblem.Outcome.VALUE_IGNORED));
            return null;
        }
        return Integer.valueOf(digits);
    }

    private void notUsed(int rowNumber, String column, String value, String reason) {
        problems.add(new InputProblem(name, null, rowNumber, column, value, reason, FIX, InputProblem.Outcome.REFERENCE_ROW_NOT_USED));
    }

    /** The column's heading as the export writes it. */
    private String heading(String column) {
        Integer index = columns.get(column);
        return index == null ? column : header[index].strip();
    }

    private String field(String[] row, String column) {
        Integer index = columns.get(column);
        return index == null || index >= row.length ? "" : row[index].strip();
    }

    /** Cells up to the last one that holds something. */
    private static int width(String[] cells) {
        int width = 0;
        for (int i = 0; i < cells.length; i++) {
            width = cells[i].isBlank() ? width : i + 1;
        }
        return width;
    }

    private static boolean isBlank(String[] row) {
        return width(row) == 0;
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

    private static InputStream skipBom(InputStream in) throws IOException {
        InputStream buffered = new BufferedInputStream(in);
        buffered.mark(3);
        byte[] bom = buffered.readNBytes(3);
        if (!(bom.length == 3 && (bom[0] & 0xFF) == 0xEF && (bom[1] & 0xFF) == 0xBB && (bom[2] & 0xFF) == 0xBF)) {
            buffered.reset();
        }
        return buffered;
    }
}
