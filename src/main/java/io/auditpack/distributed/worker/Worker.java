package io.auditpack.distributed.worker;

import java.time.Duration;
import java.util.function.Supplier;
import org.springframework.context.Lifecycle;
import org.springframework.integration.dsl.context.IntegrationFlowContext;

/**
 * A running worker, as the {@code worker} command sees it: started once the process is ready, stopped on SIGTERM.
 * Stopping takes no new partition, lets the one in progress finish within the time given, and otherwise asks it to
 * stop at its next file and hands it back to the manager (which dispatches it again, to any worker).
 */
public final class Worker {
    private final WorkerGate gate;
    private final PartitionTasklet tasklet;
    private final IntegrationFlowContext flows;
    private final Supplier<Lifecycle> claims;
    private final WorkerSettings settings;

    Worker(
            WorkerGate gate,
            PartitionTasklet tasklet,
            IntegrationFlowContext flows,
            Supplier<Lifecycle> claims,
            WorkerSettings settings) {
        this.gate = gate;
        this.tasklet = tasklet;
        this.flows = flows;
        this.claims = claims;
        this.settings = settings;
    }

    public WorkerSettings settings() {
        return settings;
    }

    /** Starts the worker step's flow, then the poller that feeds it. */
    public void start() {
        flows.getRegistry().values().forEach(IntegrationFlowContext.IntegrationFlowRegistration::start);
        claims.get().start();
    }

    /**
     * Takes no more partitions; waits up to {@code finishWithin} for the partition in progress, then hands it back
     * and waits up to {@code handBackWithin} for it to stop. Returns how the worker stopped.
     */
    public Stopped stop(Duration finishWithin, Duration handBackWithin) throws InterruptedException {
        gate.close();
        claims.get().stop();
        Stopped stopped = Stopped.IDLE;
        if (gate.busy()) {
            stopped = Stopped.FINISHED;
            if (!gate.awaitIdle(finishWithin)) {
                tasklet.handBack();
                stopped = gate.awaitIdle(handBackWithin) ? Stopped.HANDED_BACK : Stopped.ABANDONED;
            }
        }
        gate.shutdown();
        return stopped;
    }

    /** How a worker stopped. */
    public enum Stopped {
        /** No partition was in progress. */
        IDLE,
        /** The partition in progress finished in time. */
        FINISHED,
        /** The partition in progress was stopped and handed back. */
        HANDED_BACK,
        /** The partition did not stop in time either; the manager re-dispatches it when its heartbeat stops. */
        ABANDONED
    }
}
