package io.auditpack.distributed;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * What a worker reports about the partition it ran, in the partition's step execution context: who ran it (worker
 * name and the run ID of the job's own execution), how it ended, the version published or confirmed and its
 * SHA-256, or the reason it failed. The manager reads it back to print the outcome of each job.
 */
public record PartitionReport(
        String worker, String run, Outcome outcome, int version, String zip, String sha256, String reason) {
    static final String WORKER = "auditpack.worker";
    static final String RUN = "auditpack.run";
    static final String OUTCOME = "auditpack.outcome";
    static final String VERSION = "auditpack.version";
    static final String ZIP = "auditpack.zip";
    static final String SHA256 = "auditpack.sha256";
    static final String REASON = "auditpack.reason";

    /** How a partition ended on its worker. */
    public enum Outcome {
        PUBLISHED,
        UNCHANGED,
        /** A range of a job's evidence was prepared; {@code zip} names the result file. */
        PREPARED,
        FAILED,
        /** The worker was asked to stop (SIGTERM) before the job ended and gave the partition back unfinished. */
        HANDED_BACK
    }

    public PartitionReport {
        Objects.requireNonNull(worker, "worker must not be null");
        Objects.requireNonNull(run, "run must not be null");
        Objects.requireNonNull(outcome, "outcome must not be null");
        zip = Objects.requireNonNullElse(zip, "");
        sha256 = Objects.requireNonNullElse(sha256, "");
        reason = Objects.requireNonNullElse(reason, "");
    }

    /** A failure or a hand-back, with its reason. */
    public static PartitionReport ended(String worker, String run, Outcome outcome, String reason) {
        return new PartitionReport(worker, run, outcome, 0, "", "", reason);
    }

    public void into(ExecutionContext context) {
        context.putString(WORKER, worker);
        context.putString(RUN, run);
        context.putString(OUTCOME, outcome.name());
        context.putInt(VERSION, version);
        context.putString(ZIP, zip);
        context.putString(SHA256, sha256);
        context.putString(REASON, reason);
    }

    /** The report in a context, or null when no worker wrote one (the partition never ran, or its worker died). */
    public static @Nullable PartitionReport from(ExecutionContext context) {
        if (!context.containsKey(OUTCOME)) {
            return null;
        }
        return new PartitionReport(
                context.getString(WORKER, "?"),
                context.getString(RUN, "?"),
                Outcome.valueOf(context.getString(OUTCOME)),
                context.getInt(VERSION, 0),
                context.getString(ZIP, ""),
                context.getString(SHA256, ""),
                context.getString(REASON, ""));
    }

    /** Removes a report from a context (a partition dispatched again starts without its predecessor's report). */
    public static void clear(ExecutionContext context) {
        for (String key : new String[] {WORKER, RUN, OUTCOME, VERSION, ZIP, SHA256, REASON}) {
            context.remove(key);
        }
    }
}
