package org.cellcompare.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class HandoffTests {

    @Test
    void handsOverEveryItemInTheOrderMadeOnTheCallingThread() {
        List<Integer> received = new ArrayList<>();
        AtomicReference<Thread> producerThread = new AtomicReference<>();
        Thread caller = Thread.currentThread();

        Handoff.<Integer>run("test-producer", items -> {
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

        Handoff.<String>run("test-producer", items -> { }, received::add);

        assertThat(received).isEmpty();
    }

    @Test
    void theProducersFailureReachesTheCallerAfterWhatItMadeBefore() {
        List<Integer> received = new ArrayList<>();

        assertThatThrownBy(() -> Handoff.<Integer>run("test-producer", items -> {
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
        AtomicReference<Thread> producerThread = new AtomicReference<>();

        assertThatThrownBy(() -> Handoff.<Integer>run("test-producer", items -> {
            producerThread.set(Thread.currentThread());
            while (true) {
                items.accept(made.incrementAndGet());
            }
        }, item -> {
            if (item == 10) {
                throw new IllegalArgumentException("the disk is full");
            }
        })).isInstanceOf(IllegalArgumentException.class).hasMessage("the disk is full");

        assertThat(producerThread.get().isAlive()).as("the producer has stopped").isFalse();
        assertThat(made.get()).as("the producer ran only a few batches ahead").isLessThan(20 * 256);
    }
}
