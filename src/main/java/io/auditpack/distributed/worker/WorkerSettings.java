package io.auditpack.distributed.worker;

import java.time.Duration;
import java.util.Objects;

/**
 * How a worker runs: its name (in logs, heartbeats and the manager's report), how often it beats while it holds a
 * partition, and how often it polls the channel while idle.
 */
public record WorkerSettings(String name, Duration heartbeat, Duration poll) {
    /** The properties the command line sets. */
    public static final String NAME = "auditpack.worker.name";

    public static final String HEARTBEAT_MS = "auditpack.worker.heartbeat-ms";
    public static final String POLL_MS = "auditpack.worker.poll-ms";

    public WorkerSettings {
        Objects.requireNonNull(name, "name must not be null");
        if (name.isBlank() || name.length() > 200) {
            throw new IllegalArgumentException("a worker name is 1 to 200 characters: '" + name + "'");
        }
        if (heartbeat.isNegative() || heartbeat.isZero() || poll.isNegative() || poll.isZero()) {
            throw new IllegalArgumentException("heartbeat and poll must be positive");
        }
    }
}
