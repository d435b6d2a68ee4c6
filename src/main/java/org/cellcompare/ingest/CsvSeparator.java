package org.cellcompare.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Guesses a CSV file's separator from its first lines: the candidate that splits the most lines
 * into the same number of fields wins. Excel writes ";" where the decimal mark is a comma, so a
 * European file with "8.500,00" must not be split on its commas.
 */
final class CsvSeparator {

    private static final List<Character> CANDIDATES = List.of(',', ';', '\t', '|');

    private CsvSeparator() {
    }

    static char detect(String sample) {
        List<String> lines = sample.lines().filter(line -> !line.isBlank()).limit(50).toList();
        char best = ',';
        int bestScore = 0;
        for (char candidate : CANDIDATES) {
            int score = consistency(lines, candidate);
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
    }

    /** How many lines share the most common field count, when that count is above one. */
    private static int consistency(List<String> lines, char separator) {
        Map<Integer, Integer> linesByFieldCount = new HashMap<>();
        for (String line : lines) {
            int fields = countOutsideQuotes(line, separator) + 1;
            if (fields > 1) {
                linesByFieldCount.merge(fields, 1, Integer::sum);
            }
        }
        return linesByFieldCount.values().stream().max(Integer::compare).orElse(0);
    }

    private static int countOutsideQuotes(String line, char separator) {
        int count = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == separator && !quoted) {
                count++;
            }
        }
        return count;
    }
}
