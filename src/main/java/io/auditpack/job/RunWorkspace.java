package io.auditpack.job;

import io.auditpack.domain.InputSet;
import io.auditpack.pack.PackProgress;
import io.auditpack.pack.publish.Candidate;
import io.auditpack.pack.publish.PublishOutcome;
import io.auditpack.pack.publish.PublishedHistory;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The hand-over between the steps of one run, created for that run and bound into its job's steps (no registry):
 * the read step fills the inputs (unless the command line read them already) and what is published of the job, the
 * compute step the verdict and whether it is rendered as the latest version (to tell whether the content changed) or
 * as the next one, the assemble step the candidate, the publish step the outcome.
 */
public final class RunWorkspace {
    private final RunRequest request;
    private @Nullable InputSet inputs;
    private @Nullable PublishedHistory published;
    private PackRelease.@Nullable Plan plan;
    private @Nullable Candidate candidate;
    private @Nullable PublishOutcome outcome;
    private volatile RunObserver observer = RunObserver.NONE;
    private volatile boolean stopRequested;

    /** A workspace for {@code request}, with its inputs when they were read beforehand (else null). */
    public RunWorkspace(RunRequest request, @Nullable InputSet preloaded) {
        this.request = Objects.requireNonNull(request, "request must not be null");
        this.inputs = preloaded;
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

    public PublishedHistory published() {
        return require(published, "published versions");
    }

    public void published(PublishedHistory read) {
        this.published = read;
    }

    /** The verdict and the version it is rendered as. */
    public PackRelease.Plan plan() {
        return require(plan, "verdict");
    }

    public void plan(PackRelease.Plan computed) {
        this.plan = computed;
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
    public @Nullable PublishOutcome outcome() {
        return outcome;
    }

    public void outcome(PublishOutcome published) {
        this.outcome = published;
    }

    private <T> T require(@Nullable T value, String what) {
        if (value == null) {
            throw new IllegalStateException("the run's " + what + " are not available: an earlier step did not run");
        }
        return value;
    }
}
