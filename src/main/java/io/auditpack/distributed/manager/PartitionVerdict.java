package io.auditpack.distributed.manager;

import io.auditpack.distributed.channel.Beats.BeatState;
import java.time.Duration;
import java.util.Objects;
import org.springframework.batch.core.BatchStatus;

/** What the manager makes of a partition's state at one look: the rule that decides re-dispatching. */
enum PartitionVerdict {
    /** Waiting for a worker, or running with a fresh heartbeat. */
    WAIT,
    /** Ended with a pack published or confirmed unchanged. */
    DONE,
    /** Its worker was asked to stop and gave it back (status STOPPED): dispatch again, not a failure. */
    HANDED_BACK,
    /** Ended in failure on its worker. */
    FAILED,
    /** Still marked running, but its worker's heartbeat is older than the limit: the worker is gone. */
    SILENT;

    static PartitionVerdict of(BeatState state, Duration workerTimeout) {
        BatchStatus status = state.status();
        if (status.isRunning()) {
            return state.claimed() && Objects.requireNonNull(state.beatAge()).compareTo(workerTimeout) > 0
                    ? SILENT
                    : WAIT;
        }
        return switch (status) {
            case COMPLETED -> DONE;
            case STOPPED -> HANDED_BACK;
            default -> FAILED;
        };
    }
}
