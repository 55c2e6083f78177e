package io.auditpack.distributed.worker;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.springframework.core.task.TaskExecutor;
import org.springframework.integration.aop.ReceiveMessageAdvice;
import org.springframework.messaging.Message;

/**
 * The worker's one partition thread and the gate in front of it. The poller asks the gate before each receive: while
 * a partition runs (or once the worker is closing) it receives nothing, so a worker never holds a request it cannot
 * start, and the requests it does not take stay in the channel for the other workers. A partition handed to the
 * thread marks it busy until the partition's work returns; {@code onIdle} then hears it.
 */
final class WorkerGate implements TaskExecutor, ReceiveMessageAdvice {
    private final ExecutorService thread = Executors.newSingleThreadExecutor(task -> {
        Thread named = new Thread(task, "auditpack-partition");
        named.setDaemon(true);
        return named;
    });
    private final AtomicBoolean busy = new AtomicBoolean();
    private final AtomicBoolean open = new AtomicBoolean(true);
    private final Runnable onIdle;

    WorkerGate(Runnable onIdle) {
        this.onIdle = onIdle;
    }

    @Override
    public boolean beforeReceive(Object source) {
        return open.get() && !busy.get();
    }

    @Override
    public @Nullable Message<?> afterReceive(@Nullable Message<?> result, Object source) {
        return result;
    }

    @Override
    public void execute(Runnable partition) {
        busy.set(true);
        thread.execute(() -> {
            try {
                partition.run();
            } finally {
                onIdle.run();
                busy.set(false);
            }
        });
    }

    /** Takes no more partitions. */
    void close() {
        open.set(false);
    }

    boolean busy() {
        return busy.get();
    }

    /** Waits until no partition runs, at most {@code wait}; true when idle. */
    boolean awaitIdle(Duration wait) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (busy.get()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(50);
        }
        return true;
    }

    /** Ends the partition thread (after {@link #awaitIdle}). */
    void shutdown() throws InterruptedException {
        thread.shutdown();
        thread.awaitTermination(5, TimeUnit.SECONDS);
    }
}
