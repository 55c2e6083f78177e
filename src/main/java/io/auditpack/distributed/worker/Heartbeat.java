package io.auditpack.distributed.worker;

import io.auditpack.distributed.channel.Beats;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Beats for the partition this worker holds, every {@code every}, from its own thread: the manager re-dispatches a
 * partition whose beat grows older than its limit. A beat that cannot be written (database unreachable) is logged
 * and tried again at the next tick.
 */
final class Heartbeat implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger("io.auditpack.worker");

    private final Beats beats;
    private final String owner;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread named = new Thread(task, "auditpack-heartbeat");
        named.setDaemon(true);
        return named;
    });
    private volatile @Nullable Long held;

    Heartbeat(Beats beats, String owner, Duration every) {
        this.beats = beats;
        this.owner = owner;
        long millis = Math.max(100, every.toMillis());
        timer.scheduleWithFixedDelay(this::beat, millis, millis, TimeUnit.MILLISECONDS);
    }

    /** From now on beats for this partition. */
    void hold(long stepExecutionId) {
        held = stepExecutionId;
    }

    /** Stops beating (the partition ended). */
    void drop() {
        held = null;
    }

    private void beat() {
        Long id = held;
        if (id == null) {
            return;
        }
        try {
            beats.beat(id, owner);
        } catch (RuntimeException e) {
            LOG.warn("heartbeat for partition {} not written: {}", id, e.getMessage());
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
