package org.reformreport.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class ReadAheadTest {

    @Test
    void everyBatchIsStoredOnTheCallersThreadInTheOrderItWasReadAndTheReadingsResultComesBack() {
        List<Integer> stored = new ArrayList<>();
        AtomicReference<Thread> readOn = new AtomicReference<>();
        Thread caller = Thread.currentThread();
        String result = new ReadAhead<Integer>()
                .run(
                        "test-read",
                        handOver -> {
                            readOn.set(Thread.currentThread());
                            for (int i = 0; i < 1000; i++) {
                                handOver.handOver(i);
                            }
                            return "read 1000";
                        },
                        batch -> {
                            assertThat(Thread.currentThread()).isSameAs(caller);
                            stored.add(batch);
                        });
        assertThat(result).isEqualTo("read 1000");
        assertThat(readOn.get()).isNotSameAs(caller);
        assertThat(stored).hasSize(1000).isSorted().startsWith(0).endsWith(999);
    }

    @Test
    void whatTheReadingThrowsComesAfterWhatItHandedOverIsStored() {
        List<Integer> stored = new ArrayList<>();
        assertThatThrownBy(() -> new ReadAhead<Integer>()
                        .run(
                                "test-read",
                                handOver -> {
                                    handOver.handOver(1);
                                    handOver.handOver(2);
                                    throw new IllegalArgumentException("bad cell");
                                },
                                stored::add))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("bad cell");
        assertThat(stored).containsExactly(1, 2);
    }

    @Test
    void whenStoringFailsTheReadingStopsAndHasEndedBeforeTheFailureGoesOn() {
        AtomicInteger handedOver = new AtomicInteger();
        AtomicReference<Thread> reader = new AtomicReference<>();
        assertThatThrownBy(() -> new ReadAhead<Integer>()
                        .run(
                                "test-read",
                                handOver -> {
                                    reader.set(Thread.currentThread());
                                    for (int i = 0; i < 1_000_000; i++) {
                                        handOver.handOver(i);
                                        handedOver.incrementAndGet();
                                    }
                                    return null;
                                },
                                batch -> {
                                    if (batch == 5) {
                                        throw new IllegalStateException("database gone");
                                    }
                                }))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("database gone");
        assertThat(reader.get().isAlive()).isFalse();
        // the reading was held back by the hand-over, not run to its end: batches 0 to 5 taken, the
        // waiting ones, one put that was blocked when the waiting ones were dropped, and no more
        assertThat(handedOver.get()).isLessThanOrEqualTo(6 + ReadAhead.WAITING + 1);
    }
}
