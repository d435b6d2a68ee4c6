package org.cellcompare.rank;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The longest text of each column the workbook fits to its content, per file and section, kept
 * as rows are staged: the report sizes its columns before the first row without reading every
 * offering twice. Each ingestion partition writes only its own file's rows, so two never collide.
 */
@Component
public class LongestTexts {

    /** The columns whose width follows what they hold. */
    public enum Column {
        PROVIDER, COUNTRY, PROGRAM, PRICE, REGISTRATION, SOURCE, INPUT, ALSO_LISTED_IN
    }

    /** Where ranking records what it adds, apart from any file. */
    static final String RANKING = "";

    private static final String MERGE = "MERGE INTO cc_text_length t USING (VALUES (?, ?, ?, ?, ?))"
            + " AS v(run_id, file, section, text_column, longest)"
            + " ON t.run_id = v.run_id AND t.file = v.file AND t.section = v.section AND t.text_column = v.text_column"
            + " WHEN MATCHED AND v.longest > t.longest THEN UPDATE SET longest = v.longest"
            + " WHEN NOT MATCHED THEN INSERT (run_id, file, section, text_column, longest)"
            + " VALUES (v.run_id, v.file, v.section, v.text_column, v.longest)";

    private final JdbcTemplate jdbc;

    public LongestTexts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Where a chunk's texts came from: a file's name may hold any character, a line break too. */
    private record Origin(String file, Section section) {
    }

    /** Records the longest texts of a chunk of staged offerings. */
    public void record(long runId, List<StagedOffering> chunk) {
        Map<Origin, Map<Column, Integer>> longest = new HashMap<>();
        for (StagedOffering staged : chunk) {
            ShownOffering shown = staged.shown();
            Map<Column, Integer> lengths = longest.computeIfAbsent(new Origin(shown.file(), staged.section()),
                    key -> new EnumMap<>(Column.class));
            longer(lengths, Column.PROVIDER, shown.provider());
            longer(lengths, Column.COUNTRY, shown.countryText());
            longer(lengths, Column.PROGRAM, shown.program());
            longer(lengths, Column.PRICE, shown.priceText());
            longer(lengths, Column.REGISTRATION, shown.registrationIds());
            longer(lengths, Column.SOURCE, shown.sourceText());
            longer(lengths, Column.INPUT, shown.input());
        }
        longest.forEach((origin, lengths) ->
                lengths.forEach((column, length) -> record(runId, origin.file(), origin.section(), column, length)));
    }

    void record(long runId, String file, Section section, Column column, int length) {
        jdbc.update(MERGE, runId, file, section.name(), column.name(), length);
    }

    /** The longest text of each column in a section; a column with no text at all is absent. */
    public Map<Column, Integer> of(long runId, Section section) {
        Map<Column, Integer> longest = new EnumMap<>(Column.class);
        jdbc.query("SELECT text_column, MAX(longest) FROM cc_text_length WHERE run_id = ? AND section = ? GROUP BY text_column",
                rs -> {
                    longest.put(Column.valueOf(rs.getString(1)), rs.getInt(2));
                }, runId, section.name());
        return longest;
    }

    private static void longer(Map<Column, Integer> lengths, Column column, String text) {
        if (text != null) {
            lengths.merge(column, text.length(), Math::max);
        }
    }
}
