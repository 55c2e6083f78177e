package io.auditpack.distributed.manager;

import java.time.Duration;

/**
 * How the manager watches its partitions: a worker whose heartbeat is older than {@code workerTimeout} counts as gone
 * (its partition is dispatched again); {@code poll} is how often the manager reads the partitions' states.
 */
public record ManagerSettings(Duration workerTimeout, Duration poll) {
    /** A partition that fails this many times fails the run. */
    public static final int ATTEMPTS = 2;
    /** A partition handed back by stopping workers more often than this counts as failed. */
    public static final int HAND_BACKS = 5;

    public ManagerSettings {
        if (workerTimeout.isNegative() || workerTimeout.isZero() || poll.isNegative() || poll.isZero()) {
            throw new IllegalArgumentException("the worker timeout and the poll interval must be positive");
        }
    }
}
