package io.auditpack.job;

import java.time.LocalDate;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The job parameters of a run. {@code job}, {@code as_of} and {@code run} identify the job instance (each run is a
 * new instance; restarting a failed one reuses them); the job file and folders are details, not identity.
 */
public final class RunParameters {
    public static final String JOB = "job";
    public static final String AS_OF = "as_of";
    public static final String RUN = "run";
    public static final String JOB_FILE = "job_file";
    public static final String INPUT = "input";
    public static final String OUTPUT = "output";

    private RunParameters() {}

    public static JobParameters of(RunRequest request) {
        return new JobParametersBuilder()
                .addString(JOB, request.job().name())
                .addLocalDate(AS_OF, request.asOf())
                .addString(RUN, request.runId())
                .addString(JOB_FILE, request.job().file().toString(), false)
                .addString(INPUT, request.job().input().toString(), false)
                .addString(OUTPUT, request.job().output().toString(), false)
                .toJobParameters();
    }

    public static String runId(JobParameters parameters) {
        return parameters.getString(RUN);
    }

    public static LocalDate asOf(JobParameters parameters) {
        return parameters.getLocalDate(AS_OF);
    }
}
