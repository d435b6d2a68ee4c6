package org.cellcompare.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class HandoffTests {

    /** A thread per task, as the run's own background threads give. */
    private static final Executor THREADS = task -> new Thread(task, "test-producer").start();

    @Test
    void handsOverEveryItemInTheOrderMadeOnTheCallingThread() {
        List<Integer> received = new ArrayList<>();
        AtomicReference<Thread> producerThread = new AtomicReference<>();
        Thread caller = Thread.currentThread();

        Handoff.<Integer>run(THREADS, items -> {
            producerThread.set(Thread.currentThread());
            for (int i = 0; i < 100_001; i++) {
                items.accept(i);
            }
        }, item -> {
            assertThat(Thread.currentThread()).isSameAs(caller);
            received.add(item);
        });

        assertThat(producerThread.get()).isNotSameAs(caller);
        assertThat(producerThread.get().getName()).isEqualTo("test-producer");
        assertThat(received).hasSize(100_001);
        for (int i = 0; i < received.size(); i++) {
            assertThat(received.get(i)).isEqualTo(i);
        }
    }

    @Test
    void aProducerWithNothingToHandOverEndsAtOnce() {
        List<String> received = new ArrayList<>();

        Handoff.<String>run(THREADS, items -> { }, received::add);

        assertThat(received).isEmpty();
    }

    @Test
    void theProducersFailureReachesTheCallerAfterWhatItMadeBefore() {
        List<Integer> received = new ArrayList<>();

        assertThatThrownBy(() -> Handoff.<Integer>run(THREADS, items -> {
            for (int i = 0; i < 1000; i++) {
                items.accept(i);
            }
            throw new IllegalStateException("the database went away");
        }, received::add)).isInstanceOf(IllegalStateException.class).hasMessage("the database went away");

        assertThat(received).hasSize(1000);
    }

    @Test
    void aFailingConsumerStopsTheProducerInsteadOfLeavingItBlocked() {
        AtomicInteger made = new AtomicInteger();
        AtomicBoolean stopped = new AtomicBoolean();

        assertThatThrownBy(() -> Handoff.<Integer>run(THREADS, items -> {
            try {
                while (true) {
                    items.accept(made.incrementAndGet());
                }
            } finally {
                stopped.set(true);
            }
        }, item -> {
            if (item == 10) {
                throw new IllegalArgumentException("the disk is full");
            }
        })).isInstanceOf(IllegalArgumentException.class).hasMessage("the disk is full");

        assertThat(stopped).as("the producer has stopped").isTrue();
        assertThat(made.get()).as("the producer ran only a few batches ahead").isLessThan(20 * 256);
    }
}
