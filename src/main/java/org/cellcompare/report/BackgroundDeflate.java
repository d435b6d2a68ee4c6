package org.cellcompare.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * Compresses a sheet's rows into their temporary file on a thread of its own. The thread laying
 * out cells is the one the workbook waits for (a million rows keep it busy for most of a minute),
 * and compressing what it writes took a quarter of its time; the other core has room for it. The
 * writer hands over full 64 KB buffers and is held back only when four wait, so memory stays
 * bounded.
 *
 * <p>The file holds raw deflate that stops at a byte boundary without a last block, so the
 * workbook copies it into its zip entry as it is, between the sheet's other parts, instead of
 * inflating and deflating it again; {@link #inflate} reads it back where text is wanted.
 */
final class BackgroundDeflate extends OutputStream {

    private static final int BUFFER_SIZE = 1 << 16;
    private static final int BUFFERS_WAITING = 4;
    private static final byte[] END = new byte[0];
    /** A last, empty stored block: what a stream that stops at a byte boundary needs to be whole. */
    private static final byte[] LAST_EMPTY_BLOCK = {1, 0, 0, (byte) 0xFF, (byte) 0xFF};

    private final BlockingQueue<byte[]> full = new ArrayBlockingQueue<>(BUFFERS_WAITING);
    private final BlockingQueue<byte[]> free = new ArrayBlockingQueue<>(BUFFERS_WAITING + 2);
    private final Thread compressor;
    private volatile IOException failure;
    /** The compressor's figures, set on its thread once everything is written; read after it ends. */
    private RawDeflate written;
    private byte[] buffer = new byte[BUFFER_SIZE];
    private int count;
    private boolean closed;

    BackgroundDeflate(OutputStream file) {
        compressor = new Thread(() -> compress(file), "report-deflate");
        compressor.setDaemon(true);
        compressor.start();
    }

    @Override
    public void write(int b) throws IOException {
        if (count == buffer.length) {
            handOver();
        }
        buffer[count++] = (byte) b;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        while (length > 0) {
            if (count == buffer.length) {
                handOver();
            }
            int n = Math.min(length, buffer.length - count);
            System.arraycopy(bytes, offset, buffer, count, n);
            count += n;
            offset += n;
            length -= n;
        }
    }

    /** Waits until everything written is compressed and the file closed. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        if (count > 0 && failure == null) {
            put(Arrays.copyOf(buffer, count));
        }
        put(END);
        try {
            compressor.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while the sheet's rows were being compressed");
        }
        checkFailure();
    }

    private void handOver() throws IOException {
        checkFailure();
        put(count == buffer.length ? buffer : Arrays.copyOf(buffer, count));
        byte[] recycled = free.poll();
        buffer = recycled != null ? recycled : new byte[BUFFER_SIZE];
        count = 0;
    }

    private void put(byte[] bytes) throws IOException {
        try {
            full.put(bytes);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while handing rows to the compressing thread");
        }
    }

    private void checkFailure() throws IOException {
        if (failure != null) {
            throw new IOException("Could not write the sheet's rows to a temporary file: " + failure.getMessage(), failure);
        }
    }

    /** Whether the compressing thread still runs; never, once closed, whatever went wrong. */
    boolean isCompressing() {
        return compressor.isAlive();
    }

    /** The CRC-32 of the rows as written, once closed. */
    long crc() {
        return written.crc();
    }

    /** The rows' length before compression, once closed. */
    long size() {
        return written.size();
    }

    /** The file's length, once closed. */
    long compressedSize() {
        return written.compressedSize();
    }

    /** The rows as written, from the file this stream wrote. */
    static InputStream inflate(InputStream file) {
        Inflater inflater = new Inflater(true);
        InputStream ended = new SequenceInputStream(file, new ByteArrayInputStream(LAST_EMPTY_BLOCK));
        return new InflaterInputStream(ended, inflater, BUFFER_SIZE) {
            @Override
            public void close() throws IOException {
                try {
                    super.close();
                } finally {
                    inflater.end();
                }
            }
        };
    }

    /**
     * Runs on the compressing thread. After a failure it keeps taking buffers, unwritten, until the
     * end, so the writer never waits for a thread that has stopped.
     */
    private void compress(OutputStream file) {
        try (OutputStream out = file; RawDeflate deflate = new RawDeflate(out)) {
            for (byte[] bytes = full.take(); bytes != END; bytes = full.take()) {
                if (failure == null) {
                    write(deflate, bytes);
                }
                if (bytes.length == BUFFER_SIZE) {
                    free.offer(bytes);
                }
            }
            if (failure == null) {
                deflate.syncFlush();
                written = deflate;
            }
        } catch (IOException e) {
            if (failure == null) {
                failure = e;
            }
        } catch (InterruptedException e) {
            failure = new InterruptedIOException("Interrupted while compressing the sheet's rows");
        }
    }

    private void write(OutputStream deflate, byte[] bytes) {
        try {
            deflate.write(bytes);
        } catch (IOException e) {
            failure = e;
        }
    }
}
