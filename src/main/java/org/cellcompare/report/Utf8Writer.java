package org.cellcompare.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * The sheets' row XML encoded as UTF-8 straight into a buffer of its own. POI writes it through a
 * BufferedWriter over an OutputStreamWriter, which takes a lock on every call, and the cells' XML
 * had to be made into a String first, on the thread that lays out the cells, which is the busiest
 * while the workbook is written. Used by one thread only. Encodes as OutputStreamWriter does: a surrogate pair as one
 * four-byte character, half of one as '?'.
 */
final class Utf8Writer extends Writer {

    private static final int NONE = -1;

    private final OutputStream out;
    private final byte[] buffer = new byte[64 * 1024];
    private int size;
    /** A high surrogate written last, whose low half may come with the next call. */
    private int pendingHigh = NONE;

    Utf8Writer(OutputStream out) {
        this.out = out;
    }

    @Override
    public void write(int c) throws IOException {
        put((char) c);
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            put(chars[i]);
        }
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        if (offset == 0 && length == text.length() && pendingHigh == NONE
                && (length == 0 || !Character.isHighSurrogate(text.charAt(length - 1)))) {
            // String's own encoder is far quicker than a loop over the characters
            write(text.getBytes(StandardCharsets.UTF_8));
            return;
        }
        for (int i = offset; i < offset + length; i++) {
            put(text.charAt(i));
        }
    }

    /** Bytes that are UTF-8 already, such as the XML's own ASCII. */
    void write(byte[] bytes) throws IOException {
        write(bytes, 0, bytes.length);
    }

    /** {@code length} bytes from {@code offset} that are UTF-8 already. */
    void write(byte[] bytes, int offset, int length) throws IOException {
        unpaired();
        if (size + length > buffer.length) {
            out.write(buffer, 0, size);
            size = 0;
            if (length > buffer.length) {
                out.write(bytes, offset, length);
                return;
            }
        }
        System.arraycopy(bytes, offset, buffer, size, length);
        size += length;
    }

    @Override
    public Writer append(CharSequence text) throws IOException {
        for (int i = 0; i < text.length(); i++) {
            put(text.charAt(i));
        }
        return this;
    }

    /** A whole number in decimal, with no String made for it. */
    void writeNumber(int value) throws IOException {
        unpaired();
        if (value < 0) {
            write(Integer.toString(value));
            return;
        }
        room(10);
        int digits = 1;
        for (int rest = value / 10; rest > 0; rest /= 10) {
            digits++;
        }
        for (int i = size + digits - 1; i >= size; i--) {
            buffer[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
        size += digits;
    }

    private void put(char c) throws IOException {
        if (pendingHigh != NONE && Character.isLowSurrogate(c)) {
            int codePoint = Character.toCodePoint((char) pendingHigh, c);
            pendingHigh = NONE;
            room(4);
            buffer[size++] = (byte) (0xF0 | codePoint >> 18);
            buffer[size++] = (byte) (0x80 | codePoint >> 12 & 0x3F);
            buffer[size++] = (byte) (0x80 | codePoint >> 6 & 0x3F);
            buffer[size++] = (byte) (0x80 | codePoint & 0x3F);
            return;
        }
        unpaired();
        if (c < 0x80) {
            room(1);
            buffer[size++] = (byte) c;
        } else if (c < 0x800) {
            room(2);
            buffer[size++] = (byte) (0xC0 | c >> 6);
            buffer[size++] = (byte) (0x80 | c & 0x3F);
        } else if (Character.isHighSurrogate(c)) {
            pendingHigh = c;
        } else if (Character.isLowSurrogate(c)) {
            room(1);
            buffer[size++] = '?';
        } else {
            room(3);
            buffer[size++] = (byte) (0xE0 | c >> 12);
            buffer[size++] = (byte) (0x80 | c >> 6 & 0x3F);
            buffer[size++] = (byte) (0x80 | c & 0x3F);
        }
    }

    /** A high surrogate whose low half did not follow is written as '?'. */
    private void unpaired() throws IOException {
        if (pendingHigh != NONE) {
            pendingHigh = NONE;
            room(1);
            buffer[size++] = '?';
        }
    }

    private void room(int bytes) throws IOException {
        if (size + bytes > buffer.length) {
            out.write(buffer, 0, size);
            size = 0;
        }
    }

    /** Passes on what is buffered; a high surrogate still waiting for its low half stays. */
    @Override
    public void flush() throws IOException {
        out.write(buffer, 0, size);
        size = 0;
        out.flush();
    }

    @Override
    public void close() throws IOException {
        unpaired();
        flush();
        out.close();
    }
}
