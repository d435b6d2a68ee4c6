package org.cellcompare.report;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;

/**
 * Hands a sheet's XML to a thread of its own, which writes it into the .xlsx's zip entry and so
 * does the compressing. The thread laying out cells is the one the workbook waits for, and
 * compressing what it writes is a large part of the work; the other core has room for it. The writer hands over full 64 KB buffers and is held back
 * only when four wait, so memory stays bounded.
 *
 * <p>Closing this waits for every byte to be written and flushed; it leaves the stream it writes
 * to open, as the zip goes on with other entries.
 */
final class BackgroundWrite extends OutputStream {

    private static final int BUFFER_SIZE = 1 << 16;
    private static final int BUFFERS_WAITING = 4;
    private static final byte[] END = new byte[0];

    private final BlockingQueue<byte[]> full = new ArrayBlockingQueue<>(BUFFERS_WAITING);
    private final BlockingQueue<byte[]> free = new ArrayBlockingQueue<>(BUFFERS_WAITING + 2);
    private final CompletableFuture<Void> writing;
    private volatile IOException failure;
    private byte[] buffer = new byte[BUFFER_SIZE];
    private int count;
    private boolean closed;

    /** {@code threads} gives the writing thread. */
    BackgroundWrite(OutputStream out, Executor threads) {
        writing = CompletableFuture.runAsync(() -> writeAll(out), threads);
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

    /** Waits until everything written is written on and flushed. */
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
            writing.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while the sheet was being written");
        } catch (ExecutionException e) {
            throw new IOException("Could not write the sheet into the workbook: " + e.getCause(), e.getCause());
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
            throw new InterruptedIOException("Interrupted while handing the sheet to the writing thread");
        }
    }

    private void checkFailure() throws IOException {
        if (failure != null) {
            throw new IOException("Could not write the sheet into the workbook: " + failure.getMessage(), failure);
        }
    }

    /** Whether the writing thread still runs; never, once closed, whatever went wrong. */
    boolean isWriting() {
        return !writing.isDone();
    }

    /**
     * Runs on the writing thread. After a failure it keeps taking buffers, unwritten, until the
     * end, so the writer never waits for a thread that has stopped.
     */
    private void writeAll(OutputStream out) {
        try {
            for (byte[] bytes = full.take(); bytes != END; bytes = full.take()) {
                if (failure == null) {
                    write(out, bytes);
                }
                if (bytes.length == BUFFER_SIZE) {
                    free.offer(bytes);
                }
            }
            if (failure == null) {
                out.flush();
            }
        } catch (IOException e) {
            failure = e;
        } catch (InterruptedException e) {
            failure = new InterruptedIOException("Interrupted while writing the sheet");
        }
    }

    private void write(OutputStream out, byte[] bytes) {
        try {
            out.write(bytes);
        } catch (IOException e) {
            failure = e;
        }
    }
}
