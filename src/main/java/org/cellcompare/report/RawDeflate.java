package org.cellcompare.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Deflate without a zlib or gzip wrapper, as a zip entry holds it, keeping the CRC-32 and the sizes
 * the entry's header needs. Its output can stop at a byte boundary without a last block
 * ({@link #syncFlush()}), so pieces compressed apart, at different times, join into one entry.
 * Closing it frees the compressor, not the stream it writes to.
 */
final class RawDeflate extends OutputStream {

    private final OutputStream out;
    private final Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
    private final CRC32 crc = new CRC32();
    private final byte[] buffer = new byte[1 << 16];
    private long size;
    private long compressedSize;

    RawDeflate(OutputStream out) {
        this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        crc.update(bytes, offset, length);
        size += length;
        deflater.setInput(bytes, offset, length);
        while (!deflater.needsInput()) {
            deflate(Deflater.NO_FLUSH);
        }
    }

    /** Writes out everything given so far and ends at a byte boundary, with more to come. */
    void syncFlush() throws IOException {
        while (deflate(Deflater.SYNC_FLUSH) == buffer.length) {
            // a full buffer may leave more behind
        }
    }

    /** Writes out everything given so far as the last block. */
    void finish() throws IOException {
        deflater.finish();
        while (!deflater.finished()) {
            deflate(Deflater.NO_FLUSH);
        }
    }

    private int deflate(int flush) throws IOException {
        int n = deflater.deflate(buffer, 0, buffer.length, flush);
        out.write(buffer, 0, n);
        compressedSize += n;
        return n;
    }

    long crc() {
        return crc.getValue();
    }

    long size() {
        return size;
    }

    long compressedSize() {
        return compressedSize;
    }

    @Override
    public void close() {
        deflater.end();
    }
}
