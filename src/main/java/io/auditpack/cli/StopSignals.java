package io.auditpack.cli;

import java.util.concurrent.CountDownLatch;
import sun.misc.Signal;

/**
 * Turns SIGTERM (a service manager's stop, {@code kill}, Kubernetes) and SIGINT (Ctrl-C) into a request to stop
 * that the scheduler handles itself, so that it can let a run finish or stop it through the job operator and
 * then exit with status 0. Where these signals cannot be handled, a shutdown hook asks the same, within the time
 * the JVM gives it.
 */
final class StopSignals {
    private final CountDownLatch requested = new CountDownLatch(1);
    private volatile String signal = "";

    /** Listens for SIGTERM and SIGINT from now on. */
    static StopSignals install() {
        StopSignals signals = new StopSignals();
        for (String name : new String[] {"TERM", "INT"}) {
            try {
                Signal.handle(new Signal(name), received -> signals.request("SIG" + received.getName()));
            } catch (IllegalArgumentException | UnsupportedOperationException | LinkageError e) {
                Runtime.getRuntime().addShutdownHook(new Thread(() -> signals.request("shutdown")));
            }
        }
        return signals;
    }

    void request(String cause) {
        if (requested.getCount() > 0) {
            signal = cause;
            requested.countDown();
        }
    }

    /** Whether a stop was requested. */
    boolean requested() {
        return requested.getCount() == 0;
    }

    /** Blocks until a stop is requested. */
    void await() throws InterruptedException {
        requested.await();
    }

    String signal() {
        return signal;
    }
}
