package io.auditpack.job;

import io.auditpack.domain.AuditResult;
import io.auditpack.domain.InputSet;
import io.auditpack.pack.PackProgress;
import io.auditpack.pack.publish.Candidate;
import io.auditpack.pack.publish.PublishOutcome;
import java.util.Objects;

/**
 * The in-memory hand-over between the steps of one run. Each step fills its own slot; a restarted run starts
 * with an empty workspace and rebuilds what it needs from the inputs, which never change during a run.
 */
public final class RunWorkspace {
    private final RunRequest request;
    private InputSet inputs;
    private AuditResult result;
    private Candidate candidate;
    private PublishOutcome outcome;
    private volatile RunObserver observer = RunObserver.NONE;
    private volatile boolean stopRequested;

    RunWorkspace(RunRequest request) {
        this.request = Objects.requireNonNull(request, "request must not be null");
    }

    public RunObserver observer() {
        return observer;
    }

    void observer(RunObserver listening) {
        this.observer = Objects.requireNonNull(listening, "observer must not be null");
    }

    /** Asks the run to stop: the pack being written is abandoned at its next file, no later step runs. */
    void requestStop() {
        this.stopRequested = true;
    }

    public boolean stopRequested() {
        return stopRequested;
    }

    /** The progress to hand to the pack writer: tells the observer, and ends the writing once a stop is requested. */
    public PackProgress packProgress() {
        return new PackProgress() {
            @Override
            public void planned(int files) throws java.io.IOException {
                stopIfRequested();
                observer.planned(files);
            }

            @Override
            public void packed(long bytes) throws java.io.IOException {
                stopIfRequested();
                observer.packed(bytes);
            }
        };
    }

    /** Throws {@link RunStoppedException} when a stop was requested. */
    public void stopIfRequested() throws RunStoppedException {
        if (stopRequested) {
            throw new RunStoppedException();
        }
    }

    public RunRequest request() {
        return request;
    }

    public InputSet inputs() {
        return require(inputs, "inputs");
    }

    public boolean hasInputs() {
        return inputs != null;
    }

    public void inputs(InputSet read) {
        this.inputs = read;
    }

    public AuditResult result() {
        return require(result, "result");
    }

    public void result(AuditResult computed) {
        this.result = computed;
    }

    public Candidate candidate() {
        return require(candidate, "candidate");
    }

    /** True when the assemble step staged or decided a candidate. */
    public boolean hasCandidate() {
        return candidate != null;
    }

    public void candidate(Candidate assembled) {
        this.candidate = assembled;
    }

    /** The outcome of the publish step, or null when the run did not get that far. */
    public PublishOutcome outcome() {
        return outcome;
    }

    public void outcome(PublishOutcome published) {
        this.outcome = published;
    }

    private <T> T require(T value, String what) {
        if (value == null) {
            throw new IllegalStateException("the run's " + what + " are not available: an earlier step did not run");
        }
        return value;
    }
}
