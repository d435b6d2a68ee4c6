package org.cellcompare.ingest;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Turns the line break that ends a CSV record ("\r\n" or a lone "\r") into "\n", and leaves line
 * breaks inside quoted fields exactly as written, so "Once upon \r\na time" keeps its "\r\n".
 * Quotes are tracked the way RFC 4180 doubles them: each quote flips the state. A line longer
 * than any table row (a 50 MB cell, a binary file) stops the reading before it fills memory.
 */
final class RecordBreaks extends FilterReader {

    private final int maxLineLength;
    private boolean quoted;
    private int pending = -1;
    private int lineLength;

    RecordBreaks(Reader in, int maxLineLength) {
        super(in);
        this.maxLineLength = maxLineLength;
    }

    @Override
    public int read() throws IOException {
        char[] one = new char[1];
        return read(one, 0, 1) < 0 ? -1 : one[0];
    }

    /** Reads a block and rewrites it in place; a "\r" at the block's end looks one character ahead. */
    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        int start = offset;
        if (pending >= 0) {
            buffer[start++] = (char) pending;
            pending = -1;
            length--;
        }
        int read = length == 0 ? 0 : super.read(buffer, start, length);
        int end = start + Math.max(read, 0);
        if (read < 0 && start == offset) {
            return -1;
        }
        int written = offset;
        for (int i = offset; i < end; i++) {
            char c = buffer[i];
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '\r' && !quoted) {
                int next = i + 1 < end ? buffer[i + 1] : super.read();
                if (i + 1 >= end && next >= 0 && next != '\n') {
                    pending = next;
                }
                if (next == '\n' && i + 1 < end) {
                    continue;
                }
                c = '\n';
            }
            lineLength = c == '\n' ? 0 : lineLength + 1;
            if (lineLength > maxLineLength) {
                throw new IOException("a line is longer than " + String.format("%,d", maxLineLength)
                        + " characters, far longer than any row of a table");
            }
            buffer[written++] = c;
        }
        return written - offset;
    }

    @Override
    public boolean ready() throws IOException {
        return pending >= 0 || super.ready();
    }

    @Override
    public boolean markSupported() {
        return false;
    }
}
