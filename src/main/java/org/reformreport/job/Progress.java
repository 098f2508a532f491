package org.reformreport.job;

import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Progress of a long step at most every few seconds: done of total, rate and time left. Printed on
 * the console when a person watches (an interactive terminal), written to the log otherwise (cron).
 */
final class Progress {

    static final long EVERY_NANOS = 5_000_000_000L;

    private final String what;
    private final String unit;
    private final long total;
    private final Consumer<String> sink;
    private final LongSupplier clock;
    private final long started;
    private long lastReport;
    private long done;

    Progress(String what, String unit, long total, Consumer<String> sink, LongSupplier nanoClock) {
        this.what = what;
        this.unit = unit;
        this.total = total;
        this.sink = sink;
        this.clock = nanoClock;
        this.started = nanoClock.getAsLong();
        this.lastReport = started;
    }

    /** For the command line: the console if interactive, else the given logger at INFO. */
    static Progress of(String what, String unit, long total, org.slf4j.Logger log) {
        Consumer<String> sink = System.console() != null ? System.err::println : log::info;
        return new Progress(what, unit, total, sink, System::nanoTime);
    }

    synchronized void advance(long amount) {
        done += amount;
        long now = clock.getAsLong();
        if (now - lastReport >= EVERY_NANOS && done < total) {
            lastReport = now;
            sink.accept(line(now));
        }
    }

    String line(long now) {
        double seconds = Math.max((now - started) / 1e9, 1e-9);
        double rate = done / seconds;
        long left = rate > 0 ? Math.round((total - done) / rate) : -1;
        return String.format(
                "%s: %,d of %,d %s (%d%%), %,.0f %s/s, about %s left",
                what,
                done,
                total,
                unit,
                total == 0 ? 100 : done * 100 / total,
                rate,
                unit,
                left < 0 ? "?" : left + " s");
    }
}
