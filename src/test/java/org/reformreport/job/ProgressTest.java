package org.reformreport.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressTest {

    @Test
    void reportsAtMostEveryFiveSecondsWithRateAndTimeLeft() {
        AtomicLong now = new AtomicLong();
        List<String> lines = new ArrayList<>();
        Progress p = new Progress("intake", "rows", 1000, lines::add, now::get);
        now.set(1_000_000_000L);
        p.advance(100);
        assertThat(lines).isEmpty();
        now.set(5_000_000_000L);
        p.advance(100); // 200 of 1000 in 5 s: 40/s, 20 s left
        assertThat(lines).containsExactly("intake: 200 of 1,000 rows (20%), 40 rows/s, about 20 s left");
        now.set(6_000_000_000L);
        p.advance(100);
        assertThat(lines).hasSize(1);
        now.set(20_000_000_000L);
        p.advance(700); // done: nothing more to announce
        assertThat(lines).hasSize(1);
    }
}
