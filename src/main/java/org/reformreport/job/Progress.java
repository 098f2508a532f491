package org.reformreport.job;

import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Progress of a long step: done of total, rate and time left. When a person watches (an
 * interactive terminal) a status line with a bar, redrawn at most twice a second from the first
 * second on and erased when the step ends or anything else is printed ({@link Terminal}); otherwise
 * (cron, a pipe) a log line at INFO at most every five seconds, which the default level keeps quiet.
 */
final class Progress implements AutoCloseable {

    static final long EVERY_NANOS = 5_000_000_000L;
    static final long DRAW_EVERY_NANOS = 500_000_000L;
    static final long FIRST_DRAW_NANOS = 1_000_000_000L;
    private static final int BAR = 20;

    private final String what;
    private final String unit;
    private long total;
    private final Consumer<String> log;
    private final Terminal.StatusLine status;
    private final LongSupplier clock;
    private final long started;
    private long lastReport;
    private long done;

    /** Progress written as log lines (as under cron). */
    Progress(String what, String unit, long total, Consumer<String> log, LongSupplier nanoClock) {
        this(what, unit, total, log, null, nanoClock);
    }

    /** Progress drawn on a status line (as on a terminal). */
    Progress(String what, String unit, long total, Terminal.StatusLine status, LongSupplier nanoClock) {
        this(what, unit, total, null, status, nanoClock);
    }

    private Progress(
            String what,
            String unit,
            long total,
            Consumer<String> log,
            Terminal.StatusLine status,
            LongSupplier nanoClock) {
        this.what = what;
        this.unit = unit;
        this.total = total;
        this.log = log;
        this.status = status;
        this.clock = nanoClock;
        this.started = nanoClock.getAsLong();
        // the first log line after five seconds, the first bar after one
        this.lastReport = status == null ? started : started + FIRST_DRAW_NANOS - DRAW_EVERY_NANOS;
    }

    /** For a step: a status line on an interactive terminal, else the given logger at INFO. */
    static Progress of(String what, String unit, long total, org.slf4j.Logger log) {
        Terminal.StatusLine line = Terminal.statusLine();
        return line != null
                ? new Progress(what, unit, total, line, System::nanoTime)
                : new Progress(what, unit, total, log::info, System::nanoTime);
    }

    synchronized void advance(long amount) {
        update(done + amount);
    }

    /** The step has done this much in all (for progress read from the outside: files, the job repository). */
    synchronized void update(long doneSoFar) {
        update(doneSoFar, total);
    }

    /** As {@link #update(long)}, the total known only as the step goes (messages recorded, bytes listed). */
    synchronized void update(long doneSoFar, long totalSoFar) {
        done = doneSoFar;
        total = totalSoFar;
        if (total <= 0) {
            return; // nothing to measure yet
        }
        long now = clock.getAsLong();
        if (status != null) {
            if (now - lastReport >= DRAW_EVERY_NANOS) {
                lastReport = now;
                status.show(bar(now));
            }
        } else if (now - lastReport >= EVERY_NANOS && done < total) {
            lastReport = now;
            log.accept(line(now));
        }
    }

    /** The step has ended: its status line goes (the terminal is left as cron would see it). */
    @Override
    public synchronized void close() {
        if (status != null) {
            status.erase();
        }
    }

    /** The log line: "intake: 200 of 1,000 rows (20%), 40 rows/s, about 20 s left". */
    String line(long now) {
        double rate = rate(now);
        return String.format(
                "%s: %,d of %,d %s (%d%%), %,.0f %s/s, about %s left",
                what, done, total, unit, percent(), rate, unit, left(rate));
    }

    /** The status line: "unit reports [#####...............] 250 of 1,000  25/s  about 30 s left". */
    String bar(long now) {
        double rate = rate(now);
        int filled = total <= 0 ? BAR : (int) Math.min(BAR, done * BAR / total);
        String amount;
        String speed;
        if (unit.equals("bytes")) {
            amount = String.format("%.1f of %.1f MB", done / 1e6, total / 1e6);
            speed = rate < 1e6 ? String.format("%,.0f KB/s", rate / 1e3) : String.format("%.1f MB/s", rate / 1e6);
        } else {
            amount = String.format("%,d of %,d %s", done, total, unit);
            speed = String.format(rate < 10 ? "%.1f/s" : "%,.0f/s", rate);
        }
        return String.format(
                "%s [%s%s] %s  %s  %s",
                what,
                "#".repeat(filled),
                ".".repeat(BAR - filled),
                amount,
                speed,
                done >= total ? "finishing" : done == 0 ? seconds(now) + " s so far" : "about " + left(rate) + " left");
    }

    private long seconds(long now) {
        return (now - started) / 1_000_000_000L;
    }

    private double rate(long now) {
        double seconds = Math.max((now - started) / 1e9, 1e-9);
        return done / seconds;
    }

    private long percent() {
        return total <= 0 ? 100 : Math.min(100, done * 100 / total);
    }

    private String left(double rate) {
        if (rate <= 0) {
            return "?";
        }
        long seconds = Math.round(Math.max(0, total - done) / rate);
        return seconds < 100 ? seconds + " s" : (seconds + 30) / 60 + " min";
    }
}
