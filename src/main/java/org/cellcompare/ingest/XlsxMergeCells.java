package org.cellcompare.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.charset.StandardCharsets;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.ss.util.CellRangeAddress;

/**
 * A worksheet's merged areas, found before its rows are read. A sheet part lists them after all
 * its rows ({@code <mergeCells>} follows {@code <sheetData>}), so a reader that hands rows on as it
 * meets them must learn them in a pass of its own over the part. The pass looks only at the bytes
 * that open an element, without parsing the XML around them, so it costs little more than
 * inflating the part. Comments, CDATA sections and processing instructions are stepped over, so a
 * {@code <mergeCell>} written inside one does not count.
 *
 * <p>The bytes are read as ASCII, which every encoding but UTF-16 agrees on where markup is
 * concerned; a part in UTF-16 (allowed, though no program is known to write one) is read with StAX.
 */
final class XlsxMergeCells {

    private static final byte[] MERGE_CELL = "mergeCell".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] REF = "ref".getBytes(StandardCharsets.US_ASCII);
    /**
     * How far a start tag is read: a {@code mergeCell} tag takes some 40 bytes, so one longer than
     * this was not written by a spreadsheet program, and is passed over.
     */
    private static final int TAG_LIMIT = 1024;

    private final InputStream in;
    private final byte[] buffer = new byte[(1 << 16) + TAG_LIMIT];
    private final MergedCells.Builder merges;
    private int position;
    private int limit;
    private boolean ended;

    private XlsxMergeCells(InputStream in, MergedCells.Builder merges) {
        this.in = in;
        this.merges = merges;
    }

    /**
     * The merged areas of the sheet part {@code in} holds. A part that cannot be read to its end
     * gives what was found before the damage: the rows' own reader stops at the same place, and the
     * file's line in Input problems says where.
     */
    static MergedCells read(InputStream in, XlsxXml xml) {
        PushbackInputStream head = new PushbackInputStream(in, 2);
        MergedCells.Builder merges = new MergedCells.Builder();
        try {
            if (isUtf16(head)) {
                readWithStax(head, xml, merges);
                return merges.build();
            }
        } catch (IOException | XMLStreamException e) {
            return merges.build(); // see above: the rows' reader reports it
        }
        new XlsxMergeCells(head, merges).scan();
        return merges.build();
    }

    private static boolean isUtf16(PushbackInputStream in) throws IOException {
        byte[] first = new byte[2];
        int n = in.readNBytes(first, 0, 2);
        in.unread(first, 0, n);
        int a = n == 2 ? first[0] & 0xFF : -1;
        int b = n == 2 ? first[1] & 0xFF : -1;
        return a == 0 || b == 0 || a == 0xFE && b == 0xFF || a == 0xFF && b == 0xFE;
    }

    private static void readWithStax(InputStream in, XlsxXml xml, MergedCells.Builder merges) throws XMLStreamException {
        XMLStreamReader reader = xml.open(in);
        try {
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamConstants.START_ELEMENT && "mergeCell".equals(reader.getLocalName())) {
                    add(merges, reader.getAttributeValue(null, "ref"));
                }
            }
        } finally {
            reader.close();
        }
    }

    private static void add(MergedCells.Builder merges, String ref) {
        if (ref == null || ref.indexOf(':') < 0) {
            return;
        }
        try {
            merges.add(CellRangeAddress.valueOf(ref));
        } catch (IllegalArgumentException e) {
            // not a cell range; Excel would not have written it, and it merges nothing
        }
    }

    /**
     * Finds each {@code <} in the buffer and looks at the name after it. The buffer is kept filled
     * so that a whole start tag lies in it, and names and attributes are read straight from it.
     */
    private void scan() {
        while (true) {
            if (limit - position < TAG_LIMIT && !ended) {
                refill();
            }
            int searchEnd = ended ? limit : limit - TAG_LIMIT;
            int lt = position;
            while (lt < searchEnd && buffer[lt] != '<') {
                lt++;
            }
            if (lt == searchEnd) {
                position = searchEnd;
                if (ended) {
                    return;
                }
                refill();
                continue;
            }
            position = lt + 1;
            int b = position < limit ? buffer[position] : -1;
            if (b == '!') {
                position++;
                skipDeclaration();
            } else if (b == '?') {
                skipPastEnd('?', '>');
            } else if (b != '/' && b >= 0) {
                startTag();
            }
        }
    }

    /** The start tag at the reader: a {@code mergeCell} in any namespace prefix gives its {@code ref}. */
    private void startTag() {
        int end = Math.min(limit, position + TAG_LIMIT);
        int local = position;
        int i = position;
        for (; i < end && !isDelimiter(buffer[i]); i++) {
            if (buffer[i] == ':') {
                local = i + 1;
            }
        }
        position = i;
        if (matches(local, i, MERGE_CELL)) {
            add(merges, ref(end));
        }
    }

    /**
     * The {@code ref} attribute of the tag whose attributes start at the reader, leaving the reader
     * after them; null without one, or in a tag too odd to be a spreadsheet program's.
     */
    private String ref(int end) {
        String ref = null;
        int i = position;
        while (true) {
            while (i < end && isSpace(buffer[i])) {
                i++;
            }
            int nameStart = i;
            while (i < end && buffer[i] != '=' && !isDelimiter(buffer[i])) {
                i++;
            }
            int nameEnd = i;
            while (i < end && isSpace(buffer[i])) {
                i++;
            }
            if (nameEnd == nameStart || i >= end || buffer[i] != '=') {
                position = i;
                return ref;
            }
            i++;
            while (i < end && isSpace(buffer[i])) {
                i++;
            }
            byte quote = i < end ? buffer[i] : 0;
            if (quote != '"' && quote != '\'') {
                position = i;
                return ref;
            }
            int valueStart = ++i;
            while (i < end && buffer[i] != quote && buffer[i] != '<') {
                i++;
            }
            if (i == end || buffer[i] != quote) {
                position = i;
                return ref;
            }
            if (matches(nameStart, nameEnd, REF)) {
                ref = new String(buffer, valueStart, i - valueStart, StandardCharsets.US_ASCII);
            }
            i++;
        }
    }

    private boolean matches(int from, int to, byte[] wanted) {
        if (to - from != wanted.length) {
            return false;
        }
        for (int i = 0; i < wanted.length; i++) {
            if (buffer[from + i] != wanted[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\t' || b == '\r' || b == '\n';
    }

    private static boolean isDelimiter(byte b) {
        return isSpace(b) || b == '/' || b == '>' || b == '<';
    }

    /** A comment or CDATA section is skipped whole; a DOCTYPE is left to the rows' reader, which refuses it. */
    private void skipDeclaration() {
        int b = next();
        if (b == '-' && next() == '-') {
            skipPastEnd('-', '-', '>');
        } else if (b == '[') {
            skipPastEnd(']', ']', '>');
        }
    }

    /** Moves past the end of a comment, CDATA section or processing instruction: {@code end} is two or three bytes. */
    private void skipPastEnd(int... end) {
        int wanted = 0;
        for (int b : end) {
            wanted = wanted << 8 | b;
        }
        int mask = (1 << 8 * end.length) - 1;
        int last = 0;
        for (int b = next(); b >= 0; b = next()) {
            last = (last << 8 | b) & mask;
            if (last == wanted) {
                return;
            }
        }
    }

    private int next() {
        if (position == limit && !ended) {
            refill();
        }
        return position < limit ? buffer[position++] & 0xFF : -1;
    }

    /**
     * Moves what is left of the buffer to its front and reads until it is full or the part ends. A
     * part that breaks ends where it breaks: the rows' reader stops there too, and says so.
     */
    private void refill() {
        System.arraycopy(buffer, position, buffer, 0, limit - position);
        limit -= position;
        position = 0;
        try {
            while (limit < buffer.length) {
                int n = in.read(buffer, limit, buffer.length - limit);
                if (n < 0) {
                    ended = true;
                    return;
                }
                limit += n;
            }
        } catch (IOException e) {
            ended = true;
        }
    }
}
