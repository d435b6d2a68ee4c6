package org.cellcompare.report;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;

/**
 * A zip entry already compressed, with the CRC-32 and sizes its header needs, so the zip takes its
 * bytes as they are. A worksheet is joined from three pieces: the sheet's XML up to its rows,
 * compressed here; the rows, compressed while they were written; and the rest of the XML.
 */
final class RawZipEntry {

    private static final byte[] SHEET_DATA = "<sheetData".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHEET_DATA_END = "</sheetData>".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ROWS_START = "<sheetData>".getBytes(StandardCharsets.US_ASCII);

    private final long crc;
    private final long size;
    private final long compressedSize;
    private final InputStream data;

    private RawZipEntry(long crc, long size, long compressedSize, InputStream data) {
        this.crc = crc;
        this.size = size;
        this.compressedSize = compressedSize;
        this.data = data;
    }

    /** Any part but a worksheet's, compressed whole. */
    static RawZipEntry of(InputStream in) throws IOException {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (RawDeflate deflate = new RawDeflate(compressed)) {
            in.transferTo(deflate);
            deflate.finish();
            return new RawZipEntry(deflate.crc(), deflate.size(), deflate.compressedSize(),
                    new ByteArrayInputStream(compressed.toByteArray()));
        }
    }

    /**
     * A worksheet: the template's XML, whose {@code sheetData} element is empty (or whose rows are
     * dropped, as POI does), with the rows compressed in {@code rowsFile} in its place.
     */
    static RawZipEntry worksheet(InputStream template, Path rowsFile, BackgroundDeflate rows, SheetLinks links)
            throws IOException {
        InputStream in = new BufferedInputStream(template, 1 << 16);
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        ByteArrayOutputStream tail = new ByteArrayOutputStream();
        try (RawDeflate headDeflate = new RawDeflate(head); RawDeflate tailDeflate = new RawDeflate(tail)) {
            ByteArrayOutputStream headXml = new ByteArrayOutputStream();
            copyUpTo(in, SHEET_DATA, headXml);
            skipOldRows(in);
            byte[] tailXml = in.readAllBytes();
            if (links != null) {
                headXml = utf8(links.declaredIn(headXml.toString(StandardCharsets.UTF_8)));
                tailXml = links.placedIn(new String(tailXml, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
            }
            headXml.writeTo(headDeflate);
            headDeflate.write(ROWS_START);
            headDeflate.syncFlush();
            tailDeflate.write(SHEET_DATA_END);
            tailDeflate.write(tailXml);
            tailDeflate.finish();
            long crc = Crc32Combine.combine(Crc32Combine.combine(headDeflate.crc(), rows.crc(), rows.size()),
                    tailDeflate.crc(), tailDeflate.size());
            return new RawZipEntry(crc, headDeflate.size() + rows.size() + tailDeflate.size(),
                    headDeflate.compressedSize() + rows.compressedSize() + tailDeflate.compressedSize(),
                    new SequenceInputStream(Collections.enumeration(List.of(
                            new ByteArrayInputStream(head.toByteArray()), Files.newInputStream(rowsFile),
                            new ByteArrayInputStream(tail.toByteArray())))));
        }
    }

    private static ByteArrayOutputStream utf8(String xml) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(xml.getBytes(StandardCharsets.UTF_8));
        return bytes;
    }

    /** Copies bytes up to, not including, the marker; the marker itself is consumed. */
    private static void copyUpTo(InputStream in, byte[] marker, OutputStream out) throws IOException {
        int matched = 0;
        for (int b = in.read(); b != -1; b = in.read()) {
            if (b == (marker[matched] & 0xFF)) {
                if (++matched == marker.length) {
                    return;
                }
                continue;
            }
            if (matched > 0) {
                out.write(marker, 0, matched);
                matched = b == (marker[0] & 0xFF) ? 1 : 0;
                if (matched == 1) {
                    continue;
                }
            }
            out.write(b);
        }
        throw new IOException("The worksheet POI wrote has no " + new String(marker, StandardCharsets.US_ASCII) + " element");
    }

    /** After {@code <sheetData}: consumes {@code />}, or {@code >} and everything to {@code </sheetData>}. */
    private static void skipOldRows(InputStream in) throws IOException {
        int b = in.read();
        if (b == '/' && in.read() == '>') {
            return;
        }
        if (b != '>') {
            throw new IOException("The worksheet POI wrote has a sheetData element this cannot read");
        }
        int matched = 0;
        for (int c = in.read(); c != -1; c = in.read()) {
            matched = c == SHEET_DATA_END[matched] ? matched + 1 : (c == SHEET_DATA_END[0] ? 1 : 0);
            if (matched == SHEET_DATA_END.length) {
                return;
            }
        }
        throw new IOException("The worksheet POI wrote has no </sheetData>");
    }

    /** The entry's header, named and dated as in the template. */
    ZipArchiveEntry header(String name, long time) {
        ZipArchiveEntry entry = new ZipArchiveEntry(name);
        entry.setMethod(ZipEntry.DEFLATED);
        entry.setCrc(crc);
        entry.setSize(size);
        entry.setCompressedSize(compressedSize);
        if (time >= 0) {
            entry.setTime(time);
        }
        return entry;
    }

    InputStream data() {
        return data;
    }
}
