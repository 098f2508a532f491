package org.reformreport.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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

    @Test
    void onATerminalItDrawsABarInPlaceFromTheFirstSecondAndErasesItAtTheEnd() {
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        Terminal.StatusLine status = new Terminal.StatusLine(new PrintStream(screen, true, StandardCharsets.UTF_8));
        AtomicLong now = new AtomicLong();
        Progress p = new Progress("unit reports", "reports", 1000, status, now::get);
        now.set(900_000_000L);
        p.update(20);
        assertThat(screen.size())
                .as("a step shorter than a second shows nothing")
                .isZero();
        now.set(10_000_000_000L);
        p.update(250); // 25/s, 750 left: 30 s
        String drawn = screen.toString(StandardCharsets.UTF_8);
        assertThat(drawn)
                .isEqualTo("\runit reports [#####...............] 250 of 1,000 reports  25/s  about 30 s left");
        now.set(10_200_000_000L);
        p.update(260);
        assertThat(screen.toString(StandardCharsets.UTF_8))
                .as("at most twice a second")
                .isEqualTo(drawn);
        now.set(130_000_000_000L);
        p.update(520); // 4/s, 480 left: 120 s
        assertThat(screen.toString(StandardCharsets.UTF_8))
                .endsWith("\runit reports [##########..........] 520 of 1,000 reports  4.0/s  about 2 min left");
        screen.reset();
        p.close();
        String erased = screen.toString(StandardCharsets.UTF_8);
        assertThat(erased).startsWith("\r").endsWith("\r").matches("\r *\r");
    }

    @Test
    void bytesReadAsMegabytesAndATotalOfNothingShowsNothing() {
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        Terminal.StatusLine status = new Terminal.StatusLine(new PrintStream(screen, true, StandardCharsets.UTF_8));
        AtomicLong now = new AtomicLong();
        Progress p = new Progress("publish", "bytes", 0, status, now::get);
        now.set(4_000_000_000L);
        p.update(0, 0);
        assertThat(screen.size()).isZero();
        p.update(0, 40_000_000); // nothing done yet: no rate to tell time left by
        assertThat(screen.toString(StandardCharsets.UTF_8))
                .isEqualTo("\rpublish [....................] 0.0 of 40.0 MB  0 KB/s  4 s so far");
        screen.reset();
        now.set(5_000_000_000L);
        p.update(10_000_000, 40_000_000); // 2 MB/s, 15 s left
        assertThat(screen.toString(StandardCharsets.UTF_8))
                .isEqualTo("\rpublish [#####...............] 10.0 of 40.0 MB  2.0 MB/s  about 15 s left");
        now.set(6_000_000_000L);
        p.update(10_500_000, 40_000_000); // slow storage: 1.75 MB/s, then below a megabyte a second
        now.set(20_000_000_000L);
        p.update(11_000_000, 40_000_000);
        assertThat(screen.toString(StandardCharsets.UTF_8)).endsWith("11.0 of 40.0 MB  550 KB/s  about 53 s left");
    }

    @Test
    void anotherWriteErasesTheStatusLineFirstSoNoLogLineIsGarbled() {
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        PrintStream tty = new PrintStream(screen, true, StandardCharsets.UTF_8);
        Terminal.StatusLine status = new Terminal.StatusLine(tty);
        PrintStream log = status.guard(tty);
        status.show("intake [##########..........] 3.0 of 6.0 MB");
        log.println("WARN  IntakeWriter - Not imported x.xlsx");
        status.show("intake [###############.....] 4.5 of 6.0 MB");
        String blank = " ".repeat("intake [##########..........] 3.0 of 6.0 MB".length());
        assertThat(screen.toString(StandardCharsets.UTF_8))
                .isEqualTo("\rintake [##########..........] 3.0 of 6.0 MB"
                        + "\r" + blank + "\r"
                        + "WARN  IntakeWriter - Not imported x.xlsx" + System.lineSeparator()
                        + "\rintake [###############.....] 4.5 of 6.0 MB");
    }

    @Test
    void withoutATerminalProgressGoesToTheLogNeverToTheScreen() {
        // the tests run with no terminal installed, as cron does
        assertThat(Terminal.statusLine()).isNull();
        List<String> logged = new ArrayList<>();
        org.slf4j.Logger log = (org.slf4j.Logger) java.lang.reflect.Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {org.slf4j.Logger.class}, (proxy, method, args) -> {
                    if (method.getName().equals("info") && args.length == 1) {
                        logged.add((String) args[0]);
                    }
                    return method.getReturnType() == boolean.class ? Boolean.FALSE : null;
                });
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
            try (Progress p = Progress.of("intake", "bytes", 100, log)) {
                p.advance(10);
            }
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        assertThat(printed.size()).isZero();
        assertThat(logged).isEmpty(); // and within five seconds, not even the log
    }

    @Test
    void strayStandardOutputBecomesOneLogEntryPerPrintedMessage() {
        List<String> logged = new ArrayList<>();
        PrintStream stray = new PrintStream(
                new Terminal.LinesOut(logged::add, new PrintStream(new ByteArrayOutputStream())),
                true,
                StandardCharsets.UTF_8);
        stray.println("You are using iText under the AGPL.\n\nIf this is your intention, …");
        stray.print("half a ");
        stray.flush();
        assertThat(logged).containsExactly("You are using iText under the AGPL.\n\nIf this is your intention, …");
        stray.println("line");
        assertThat(logged).hasSize(2).last().isEqualTo("half a line");
    }
}
