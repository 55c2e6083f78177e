package io.auditpack.job;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * How a run is launched: how long it waits for another run of the same job to release the job's lock, where its
 * notices go (the wait, what it cleaned up after a run that died), who hears its progress, and the command that
 * started it (written into the lock file).
 */
public record LaunchOptions(Duration lockWait, Consumer<String> notices, RunObserver observer, String command) {
    public LaunchOptions {
        Objects.requireNonNull(lockWait, "lockWait must not be null");
        if (lockWait.isNegative()) {
            throw new IllegalArgumentException("lockWait must not be negative: " + lockWait);
        }
        Objects.requireNonNull(notices, "notices must not be null");
        Objects.requireNonNull(observer, "observer must not be null");
        Objects.requireNonNull(command, "command must not be null");
    }

    /** No wait, notices dropped, no progress. */
    public static LaunchOptions defaults() {
        return new LaunchOptions(Duration.ZERO, notice -> {}, RunObserver.NONE, "run");
    }
}
