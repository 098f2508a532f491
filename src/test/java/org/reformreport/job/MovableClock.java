package org.reformreport.job;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** A clock a test sets to a day of its choosing, then moves; the job's clock in the tests that import it. */
final class MovableClock extends Clock {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.now());
    private final ZoneId zone;

    MovableClock(ZoneId zone) {
        this.zone = zone;
    }

    void set(ZonedDateTime time) {
        now.set(time.toInstant());
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        MovableClock clock = new MovableClock(other);
        clock.now.set(now.get());
        return clock;
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @TestConfiguration
    static class Config {

        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock(ZoneId.of("Asia/Shanghai"));
        }
    }
}
