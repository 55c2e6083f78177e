package io.auditpack.guard;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** Another run holds the job's lock and did not release it within the wait: this run wrote nothing. */
public final class JobBusyException extends Exception {
    private final transient Optional<LockHolder> holder;

    public JobBusyException(String job, Path lockFile, Optional<LockHolder> holder, Duration waited) {
        super("another run of job " + job + " holds its lock " + lockFile + ": "
                + holder.map(LockHolder::describe).orElse("holder not yet recorded (it is just starting)")
                + (waited.isZero() ? "; not waiting (--wait 0)" : "; waited " + JobLock.words(waited))
                + "; this run wrote nothing");
        this.holder = holder;
    }

    public Optional<LockHolder> holder() {
        return holder;
    }
}
