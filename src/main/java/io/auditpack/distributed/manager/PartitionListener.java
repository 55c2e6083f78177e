package io.auditpack.distributed.manager;

/** Hears the manager's partitions as they end, and each one dispatched again (with why), as it happens. */
public interface PartitionListener {
    void ended(PartitionResult result);

    /** A partition goes back to the channel: attempt {@code attempt} starts, for the reason given. */
    default void redispatched(String job, int attempt, String why) {}
}
