package org.reformreport.intake;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs a file's reading on a thread of its own while the calling thread stores what it hands over,
 * in the order it was handed over: parsing and checking a form's rows and inserting them into the
 * database each take a core, and one after the other they left the second core of the machine idle.
 * The storing stays on the caller's thread because the file's transaction (and its connection) is
 * bound to it; the reading touches no database. At most {@link #WAITING} batches wait, so a file is
 * never held in memory.
 */
final class ReadAhead<B> {

    /** Batches read and not yet stored, at the most: enough that neither side waits on the other's jitter. */
    static final int WAITING = 3;

    private final BlockingQueue<Object> handedOver = new ArrayBlockingQueue<>(WAITING);
    private volatile boolean abandoned;

    /** What the reading calls with each batch; blocks while {@link #WAITING} batches wait to be stored. */
    void handOver(B batch) {
        if (abandoned) {
            throw new Abandoned();
        }
        try {
            handedOver.put(batch);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Abandoned();
        }
    }

    /**
     * Reads on a new thread ({@code read} is given this, to hand its batches over) and stores every
     * batch here with {@code store}; returns what the reading returned, after the last batch is
     * stored. What the reading throws is thrown here once what it handed over before is stored; when
     * storing throws, the reading is stopped and waited for before the exception goes on.
     */
    <R> R run(String threadName, Function<ReadAhead<B>, R> read, Consumer<B> store) {
        Object[] result = new Object[1];
        Throwable[] failure = new Throwable[1];
        Thread reader = new Thread(
                () -> {
                    try {
                        result[0] = read.apply(this);
                    } catch (Abandoned e) {
                        // the storing side failed and said so itself
                    } catch (Throwable t) {
                        failure[0] = t;
                    } finally {
                        if (!abandoned) {
                            putEnd();
                        }
                    }
                },
                threadName);
        reader.setDaemon(true);
        reader.start();
        try {
            for (Object next = take(); next != END; next = take()) {
                @SuppressWarnings("unchecked")
                B batch = (B) next;
                store.accept(batch);
            }
        } catch (RuntimeException | Error e) {
            abandoned = true;
            reader.interrupt();
            handedOver.clear();
            joinQuietly(reader);
            throw e;
        }
        joinQuietly(reader);
        if (failure[0] instanceof RuntimeException e) {
            throw e;
        }
        if (failure[0] instanceof Error e) {
            throw e;
        }
        if (failure[0] != null) {
            throw new IllegalStateException(failure[0]);
        }
        @SuppressWarnings("unchecked")
        R r = (R) result[0];
        return r;
    }

    private static final Object END = new Object();

    private Object take() {
        try {
            return handedOver.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the file's rows", e);
        }
    }

    private void putEnd() {
        boolean interrupted = false;
        while (true) {
            try {
                handedOver.put(END);
                break;
            } catch (InterruptedException e) {
                interrupted = true;
                if (abandoned) {
                    break;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static void joinQuietly(Thread reader) {
        boolean interrupted = false;
        while (true) {
            try {
                reader.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Thrown in the reading when the storing side has given up: nothing more is wanted of it. */
    private static final class Abandoned extends RuntimeException {
        Abandoned() {
            super(null, null, false, false);
        }
    }
}
