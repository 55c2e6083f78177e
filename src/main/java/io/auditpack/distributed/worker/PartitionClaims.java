package io.auditpack.distributed.worker;

import io.auditpack.distributed.channel.Beats;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.integration.partition.StepExecutionRequest;

/**
 * Decides, in the poller's transaction (the same one that removed the request from the channel), whether this
 * worker takes a partition request, and records the claim: the partition must still wait for a worker and the
 * manager that sent it must be alive (a request left by a manager that died or stopped is dropped). Removing the
 * request and claiming it commit together, so a worker killed in between leaves the request in the channel.
 */
final class PartitionClaims {
    private static final Logger LOG = LoggerFactory.getLogger("io.auditpack.worker");

    private final Beats beats;
    private final Heartbeat heartbeat;
    private final WorkerSettings settings;
    private final String managerStep;
    private final String otherManagerStep;

    PartitionClaims(
            Beats beats, Heartbeat heartbeat, WorkerSettings settings, String managerStep, String otherManagerStep) {
        this.beats = beats;
        this.heartbeat = heartbeat;
        this.settings = settings;
        this.managerStep = managerStep;
        this.otherManagerStep = otherManagerStep;
    }

    /** True when this worker takes the request (and now holds it); false drops it. */
    boolean take(StepExecutionRequest request) {
        long id = request.getStepExecutionId();
        Optional<Beats.PartitionCheck> check = beats.check(id, managerStep, otherManagerStep);
        if (check.isEmpty()) {
            LOG.warn("dropped a request for partition {}: no such step execution in the job repository", id);
            return false;
        }
        if (!check.get().takeable()) {
            LOG.info(
                    "dropped a request for partition {}: it is {} and its manager {}",
                    id,
                    check.get().status(),
                    check.get().managerBeats() ? "last beat " + check.get().managerAge() + " ago" : "has ended");
            return false;
        }
        if (!beats.claim(id, settings.name(), settings.heartbeat())) {
            LOG.warn("dropped a request for partition {}: another worker holds it", id);
            return false;
        }
        heartbeat.hold(id);
        return true;
    }
}
