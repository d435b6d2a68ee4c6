package org.cellcompare.report;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Makes items on a second thread and hands them, in order, to the calling thread, so reading and
 * wording one ranked offering overlaps with writing the cells of the one before: on two cores the
 * ranked sheets are written in about half the time. Items travel in batches through a short queue,
 * so the producer is never more than a few thousand items ahead and memory stays flat.
 *
 * <p>The producer is never interrupted: it reads the database, and an interrupt in the middle of
 * file I/O would close H2's file under every other connection. When the caller gives up, the
 * producer notices at its next batch and stops by throwing.
 */
final class Handoff<T> {

    private static final int BATCH = 256;
    private static final int BATCHES_AHEAD = 8;
    private static final long WAIT_MILLIS = 100;

    private final BlockingQueue<List<T>> queue = new ArrayBlockingQueue<>(BATCHES_AHEAD);
    /** Sent after the last batch, whether the producer finished or failed; compared by identity. */
    private final List<T> end = new ArrayList<>(0);
    private volatile boolean abandoned;
    private volatile Throwable failure;
    private List<T> batch = new ArrayList<>(BATCH);

    private Handoff() {
    }

    /**
     * Runs {@code producer} on a thread of {@code threads}, giving every item it makes to {@code
     * consumer} on this thread in the order made. Returns once both are done; an exception from
     * either is thrown here, the producer's as it was thrown.
     */
    static <T> void run(Executor threads, Consumer<Consumer<T>> producer, Consumer<T> consumer) {
        new Handoff<T>().handOver(threads, producer, consumer);
    }

    private void handOver(Executor threads, Consumer<Consumer<T>> producer, Consumer<T> consumer) {
        CompletableFuture<Void> producing = CompletableFuture.runAsync(() -> produce(producer), threads);
        boolean finished = false;
        try {
            for (List<T> items = take(); items != end; items = take()) {
                items.forEach(consumer);
            }
            finished = true;
        } finally {
            if (!finished) {
                abandoned = true;
                queue.clear();
            }
            waitUninterruptibly(producing);
        }
        rethrow(failure);
    }

    private void produce(Consumer<Consumer<T>> producer) {
        try {
            producer.accept(this::add);
        } catch (RuntimeException | Error e) {
            failure = e;
        } finally {
            try {
                if (!batch.isEmpty()) {
                    put(batch);
                }
                put(end);
            } catch (AbandonedException e) {
                // the consumer has gone and no longer waits for the end
            }
        }
    }

    private void add(T item) {
        batch.add(item);
        if (batch.size() == BATCH) {
            put(batch);
            batch = new ArrayList<>(BATCH);
        }
    }

    private void put(List<T> items) {
        try {
            while (!queue.offer(items, WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                if (abandoned) {
                    throw new AbandonedException();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AbandonedException();
        }
    }

    private List<T> take() {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while writing the ranked sheets", e);
        }
    }

    /** {@link #produce} keeps its own failure, so the producer's end is all there is to wait for. */
    private static void waitUninterruptibly(CompletableFuture<Void> producing) {
        boolean interrupted = false;
        while (true) {
            try {
                producing.get();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            } catch (ExecutionException e) {
                break;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static void rethrow(Throwable failure) {
        if (failure instanceof AbandonedException || failure == null) {
            return;
        }
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        throw (Error) failure;
    }

    /** Stops a producer whose consumer has given up. */
    private static final class AbandonedException extends RuntimeException {

        AbandonedException() {
            super("the consumer gave up", null, false, false);
        }
    }
}
