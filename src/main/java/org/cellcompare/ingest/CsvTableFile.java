package org.cellcompare.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.CharBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.CSVParserBuilder;
import com.opencsv.ICSVParser;
import com.opencsv.exceptions.CsvValidationException;

/**
 * A CSV file as a one-sheet table. Encoding and separator are detected; quoted fields may hold
 * separators, doubled quotes and line breaks, kept as written ("\r\n" stays "\r\n"); a stray
 * quote inside an unquoted field is kept as a character, as spreadsheets do. Row numbers count
 * records, as Excel shows them when it opens the file.
 */
final class CsvTableFile implements TableFile {

    private static final int SNIFF_CHARS = 64 * 1024;
    /** No row of an offerings table is a million characters long; such a line is not data. */
    private static final int MAX_LINE_LENGTH = 1_000_000;
    /** A quoted field longer than this many lines is an unterminated quote, not data. */
    private static final int MAX_LINES_PER_RECORD = 200;

    private final CSVReader reader;
    private final CsvEncoding encoding;
    private final char separator;

    CsvTableFile(Path file) throws IOException {
        this.encoding = CsvEncoding.detect(file);
        InputStream in = Files.newInputStream(file);
        try {
            in.skipNBytes(encoding.bomLength());
            BufferedReader text = new BufferedReader(new InputStreamReader(in, encoding.charset()), SNIFF_CHARS * 2);
            text.mark(SNIFF_CHARS + 1);
            CharBuffer sample = CharBuffer.allocate(SNIFF_CHARS);
            while (sample.hasRemaining() && text.read(sample) > 0) {
                // fill the sample
            }
            text.reset();
            this.separator = CsvSeparator.detect(sample.flip().toString());
            this.reader = new CSVReaderBuilder(new BufferedReader(new RecordBreaks(text, MAX_LINE_LENGTH)))
                    .withCSVParser(new CSVParserBuilder().withSeparator(separator).withQuoteChar('"')
                            .withEscapeChar(ICSVParser.NULL_CHARACTER).build())
                    .withMultilineLimit(MAX_LINES_PER_RECORD)
                    .withKeepCarriageReturn(true)
                    .build();
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    CsvEncoding encoding() {
        return encoding;
    }

    char separator() {
        return separator;
    }

    @Override
    public Iterator<TableSheet> sheets() {
        int[] recordNumber = {0};
        Iterator<SourceRow> rows = new MappingIterator<>(records(), fields -> new SourceRow(++recordNumber[0],
                Arrays.stream(fields).limit(SourceRow.MAX_COLUMNS).map(CellValue::ofText).toList(),
                fields.length > SourceRow.MAX_COLUMNS));
        return List.of(new TableSheet(null, false, rows)).iterator();
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }

    /** The records exactly as parsed, for tests of the CSV dialect; the sheet view strips cell text. */
    Iterator<String[]> records() {
        return new Iterator<>() {
            private String[] next;
            private boolean done;

            @Override
            public boolean hasNext() {
                if (next == null && !done) {
                    next = readRecord();
                    done = next == null;
                }
                return next != null;
            }

            @Override
            public String[] next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                String[] record = next;
                next = null;
                return record;
            }
        };
    }

    private String[] readRecord() {
        try {
            return reader.readNext();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (CsvValidationException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
