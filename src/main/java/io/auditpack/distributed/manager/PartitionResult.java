package io.auditpack.distributed.manager;

import java.util.List;
import java.util.Objects;

/**
 * How one job of a distributed run ended: published (with its version, ZIP and SHA-256) or unchanged, or failed
 * with the reason of each attempt; which worker ran its last attempt and how many attempts it took.
 */
public record PartitionResult(
        String job,
        Kind kind,
        String worker,
        int version,
        String zip,
        String sha256,
        int attempts,
        List<String> reasons) {

    /** How the job ended. */
    public enum Kind {
        PUBLISHED,
        UNCHANGED,
        /** A range of a large job's evidence was prepared ({@code zip} names the worker's result file). */
        PREPARED,
        FAILED
    }

    public PartitionResult {
        Objects.requireNonNull(job, "job must not be null");
        Objects.requireNonNull(kind, "kind must not be null");
        worker = Objects.requireNonNullElse(worker, "");
        zip = Objects.requireNonNullElse(zip, "");
        sha256 = Objects.requireNonNullElse(sha256, "");
        reasons = List.copyOf(reasons);
    }

    public boolean failed() {
        return kind == Kind.FAILED;
    }
}
