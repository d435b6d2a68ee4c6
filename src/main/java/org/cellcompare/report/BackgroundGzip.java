package org.cellcompare.report;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Gzips a sheet's rows on a thread of its own. The thread laying out cells is the one the
 * workbook waits for (a million rows keep it busy for most of a minute), and compressing what it
 * writes took a quarter of its time; the other core has room for it. The writer hands over full
 * 64 KB buffers and is held back only when four wait, so memory stays bounded.
 */
final class BackgroundGzip extends OutputStream {

    private static final int BUFFER_SIZE = 1 << 16;
    private static final int BUFFERS_WAITING = 4;
    private static final byte[] END = new byte[0];

    private final BlockingQueue<byte[]> full = new ArrayBlockingQueue<>(BUFFERS_WAITING);
    private final BlockingQueue<byte[]> free = new ArrayBlockingQueue<>(BUFFERS_WAITING + 2);
    private final Thread compressor;
    private volatile IOException failure;
    private byte[] buffer = new byte[BUFFER_SIZE];
    private int count;
    private boolean closed;

    BackgroundGzip(OutputStream file) {
        compressor = new Thread(() -> compress(file), "report-gzip");
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
        if (count > 0) {
            handOver();
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

    /**
     * Runs on the compressing thread. After a failure it keeps taking buffers, unwritten, until the
     * end, so the writer never waits for a thread that has stopped.
     */
    private void compress(OutputStream file) {
        OutputStream gzip = file;
        try {
            gzip = fastestGzip(file);
        } catch (IOException e) {
            failure = e;
        }
        try {
            for (byte[] bytes = full.take(); bytes != END; bytes = full.take()) {
                if (failure == null) {
                    write(gzip, bytes);
                }
                if (bytes.length == BUFFER_SIZE) {
                    free.offer(bytes);
                }
            }
        } catch (InterruptedException e) {
            failure = new InterruptedIOException("Interrupted while compressing the sheet's rows");
        } finally {
            closeFile(gzip);
        }
    }

    private static OutputStream fastestGzip(OutputStream file) throws IOException {
        return new GZIPOutputStream(file, BUFFER_SIZE) {
            {
                def.setLevel(Deflater.BEST_SPEED);
            }
        };
    }

    private void write(OutputStream gzip, byte[] bytes) {
        try {
            gzip.write(bytes);
        } catch (IOException e) {
            failure = e;
        }
    }

    private void closeFile(OutputStream gzip) {
        try {
            gzip.close();
        } catch (IOException e) {
            if (failure == null) {
                failure = e;
            }
        }
    }
}
