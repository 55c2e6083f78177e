package io.auditpack.job;

import io.auditpack.domain.JobDefinition;
import java.time.LocalDate;
import java.util.Objects;

/** What one run was asked to do: the job (with its folders), the as-of date, and the run's unique ID. */
public record RunRequest(JobDefinition job, LocalDate asOf, String runId) {
    public RunRequest {
        Objects.requireNonNull(job, "job must not be null");
        Objects.requireNonNull(asOf, "asOf must not be null");
        Objects.requireNonNull(runId, "runId must not be null");
    }
}
