package org.reformreport.job;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the process shows: standard output carries the command's own answer only (the run's one
 * line, the help, a listing), so that cron's mail and a script reading it get exactly that. Log
 * output goes to standard error (logback-spring.xml). Anything else a library prints on standard
 * output (iText's AGPL notice after its 10,000th document) is logged instead, at INFO under
 * {@value #STRAY_LOGGER}. On an interactive terminal a long step shows one status line (see
 * {@link Progress}) on standard error, erased before anything else is written, so it never
 * garbles a log line or the run's own line.
 */
public final class Terminal {

    /** The logger that stray standard output goes to. */
    public static final String STRAY_LOGGER = "org.reformreport.stdout";

    private static PrintStream commandOut;
    private static StatusLine status;

    private Terminal() {}

    /**
     * Takes over the process's standard streams (main calls it once, before anything prints):
     * standard output becomes the log, and the command prints through {@link #out()}.
     */
    public static synchronized void install() {
        if (commandOut != null) {
            return;
        }
        PrintStream out = System.out;
        PrintStream err = System.err;
        if (interactive()) {
            StatusLine line = new StatusLine(err);
            status = line;
            out = line.guard(out);
            err = line.guard(err);
            System.setErr(err);
        }
        commandOut = out;
        Logger stray = LoggerFactory.getLogger(STRAY_LOGGER);
        PrintStream fallback = err;
        System.setOut(new PrintStream(new LinesOut(stray::info, fallback), true, Charset.defaultCharset()));
    }

    /** Where a command prints its answer: the real standard output once installed, else System.out. */
    public static PrintStream out() {
        PrintStream out = commandOut;
        return out != null ? out : System.out;
    }

    /**
     * A person watches: standard input and output are a terminal (what cron and a pipe never give).
     * On Java 22 and later System.console() exists on redirected streams too; isTerminal() tells.
     */
    static boolean interactive() {
        java.io.Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true; // Java 17 to 21: a console is a terminal
        }
    }

    /** Erases a status line left by a step (the process is ending: the shell's prompt comes next). */
    public static void eraseStatus() {
        StatusLine line = status;
        if (line != null) {
            line.erase();
        }
    }

    /** The status line, or null when no person watches (then progress goes to the log). */
    static StatusLine statusLine() {
        return status;
    }

    /**
     * One line at the bottom of the terminal, redrawn in place with a carriage return. Every write
     * to the guarded streams erases it first; the next update draws it again.
     */
    static final class StatusLine {

        private final PrintStream tty;
        private int shown;

        StatusLine(PrintStream tty) {
            this.tty = tty;
        }

        synchronized void show(String text) {
            StringBuilder line = new StringBuilder("\r").append(text);
            int pad = shown - text.length();
            if (pad > 0) {
                line.append(" ".repeat(pad));
            }
            tty.print(line);
            tty.flush();
            shown = text.length();
        }

        synchronized void erase() {
            if (shown > 0) {
                tty.print("\r" + " ".repeat(shown) + "\r");
                tty.flush();
                shown = 0;
            }
        }

        PrintStream guard(PrintStream stream) {
            StatusLine self = this;
            return new PrintStream(
                    new FilterOutputStream(stream) {
                        @Override
                        public void write(int b) throws IOException {
                            synchronized (self) {
                                self.erase();
                                out.write(b);
                            }
                        }

                        @Override
                        public void write(byte[] b, int off, int len) throws IOException {
                            synchronized (self) {
                                self.erase();
                                out.write(b, off, len);
                            }
                        }
                    },
                    true,
                    Charset.defaultCharset());
        }
    }

    /**
     * Collects what is printed and hands on whole lines, one message per flush that ends a line (so
     * iText's eleven-line notice is one log entry). A write from within the logger itself (were the
     * console appender pointed at standard output) goes to the fallback rather than round again.
     */
    static final class LinesOut extends OutputStream {

        private final Consumer<String> sink;
        private final PrintStream fallback;
        private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
        private final ThreadLocal<Boolean> inSink = ThreadLocal.withInitial(() -> false);

        LinesOut(Consumer<String> sink, PrintStream fallback) {
            this.sink = sink;
            this.fallback = fallback;
        }

        @Override
        public synchronized void write(int b) {
            if (inSink.get()) {
                fallback.write(b);
                return;
            }
            pending.write(b);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            if (inSink.get()) {
                fallback.write(b, off, len);
                return;
            }
            pending.write(b, off, len);
        }

        @Override
        public synchronized void flush() {
            if (inSink.get() || pending.size() == 0) {
                return;
            }
            byte[] bytes = pending.toByteArray();
            if (bytes[bytes.length - 1] != '\n' && bytes.length < 64 * 1024) {
                return; // the rest of the line is still to come
            }
            pending.reset();
            String text = new String(bytes, Charset.defaultCharset()).stripTrailing();
            if (text.isEmpty()) {
                return;
            }
            inSink.set(true);
            try {
                sink.accept(text);
            } finally {
                inSink.set(false);
            }
        }

        @Override
        public void close() {
            flush();
        }
    }
}
