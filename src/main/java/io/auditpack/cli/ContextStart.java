package io.auditpack.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The Spring context of one run started on a thread of its own as soon as the job file names the output folder, so
 * that Spring's start-up (one to two seconds of every run) overlaps the reading of the inputs instead of following
 * it. Nothing may be written before the inputs are valid and the job's lock is held, so the context's database
 * connections wait at a {@link ConnectionGate}: {@link #open()} lets them through and returns the context once it
 * has started; {@link #abandon()} (a run that ends before it needs the context) sends them to a throwaway in-memory
 * database, and the context is closed as soon as it has started, having written nothing.
 */
final class ContextStart {
    private final ConnectionGate gate = new ConnectionGate();
    private final Path outputRoot;
    private final FutureTask<ConfigurableApplicationContext> task;
    private final Thread thread;
    private @Nullable ConfigurableApplicationContext started;
    private boolean abandoned;
    private boolean opened;

    private ContextStart(Path outputRoot, BatchContext.LogSetup logs) {
        this.outputRoot = outputRoot;
        this.task = new FutureTask<>(() -> start(outputRoot, logs));
        this.thread = new Thread(task, "auditpack-context-start");
        thread.setDaemon(true);
    }

    /** Starts the context of a run writing into {@code outputRoot}. */
    static ContextStart begin(Path outputRoot, BatchContext.LogSetup logs) {
        ContextStart start = new ContextStart(outputRoot, logs);
        start.thread.start();
        return start;
    }

    /** As {@link #open(Consumer)}, notices printed to standard error. */
    ConfigurableApplicationContext open() throws Exception {
        return open(note -> System.err.println("auditpack: note: " + note));
    }

    /**
     * Checks (and, when damaged, repairs) the run history as {@link BatchContext#open} does, before any connection
     * goes through; then lets the context use the job repository and waits until it has started; a failure to start
     * is rethrown. {@code notices} hears what a repair did.
     */
    ConfigurableApplicationContext open(Consumer<String> notices) throws Exception {
        Optional<HistoryRepair.Repaired> repaired = BatchContext.checkHistory(outputRoot);
        gate.open();
        opened = true;
        ConfigurableApplicationContext context;
        try {
            context = task.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
        BatchContext.announce(repaired, context, outputRoot, notices);
        return context;
    }

    /**
     * Gives the context up unless it was opened: it completes on a throwaway database and is closed, in the
     * background (the process does not wait for it).
     */
    synchronized void abandon() {
        if (opened || abandoned) {
            return;
        }
        abandoned = true;
        gate.refuse();
        if (started != null) {
            closeQuietly(started);
        }
    }

    /** Waits until an abandoned context has started and been closed (for tests). */
    void awaitEnd() throws InterruptedException {
        thread.join();
    }

    private @Nullable ConfigurableApplicationContext start(Path outputRoot, BatchContext.LogSetup logs) {
        try {
            return started(BatchContext.openGated(outputRoot, logs, gate));
        } catch (RuntimeException e) {
            if (gate.refused()) {
                gate.close();
            }
            throw e;
        }
    }

    private synchronized @Nullable ConfigurableApplicationContext started(ConfigurableApplicationContext context) {
        if (abandoned) {
            closeQuietly(context);
            return null;
        }
        started = context;
        return context;
    }

    private void closeQuietly(ConfigurableApplicationContext context) {
        try {
            context.close();
        } catch (RuntimeException ignored) {
            // a context given up: nothing of it is used
        } finally {
            gate.close();
        }
    }
}
