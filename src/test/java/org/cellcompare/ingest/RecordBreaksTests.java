package org.cellcompare.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RecordBreaksTests {

    @ParameterizedTest(name = "read {0} characters at a time")
    @ValueSource(ints = {1, 2, 3, 5, 64})
    void endsRecordsWithNewlinesAndKeepsBreaksInsideQuotes(int block) throws IOException {
        String csv = "a,b\r\n\"Once upon \r\na time\",5\r\nold mac\rline\r\n";

        assertThat(readAll(csv, block)).isEqualTo("a,b\n\"Once upon \r\na time\",5\nold mac\nline\n");
    }

    private static String readAll(String text, int block) throws IOException {
        StringBuilder out = new StringBuilder();
        try (RecordBreaks reader = new RecordBreaks(new StringReader(text), 1000)) {
            char[] buffer = new char[block];
            int n;
            while ((n = reader.read(buffer, 0, block)) >= 0) {
                out.append(buffer, 0, n);
            }
        }
        return out.toString();
    }
}
