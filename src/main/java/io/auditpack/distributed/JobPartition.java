package io.auditpack.distributed;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * One partition of {@code run-all --distributed}: one job to run end to end, as the manager read and validated it.
 * Paths are absolute (a shared file system mounts them at the same place on every host); {@code asOf} is the day the
 * manager settled, so every host builds the same pack; {@code wave} orders the partitions (management reviews, wave
 * 1, start once every pack of wave 0 is done, since they read those packs).
 */
public record JobPartition(
        String job,
        Path jobFile,
        Path input,
        Path output,
        LocalDate asOf,
        Duration lockWait,
        InputFingerprint fingerprint,
        int wave) {
    /** The manager's partition step: its step executions are named {@code run-job:<job name>}. */
    public static final String MANAGER_STEP = "run-all";
    /** The worker step (a bean of that name in each worker) and the prefix of the partitions' step names. */
    public static final String WORKER_STEP = "run-job";

    static final String JOB = "auditpack.job";
    static final String JOB_FILE = "auditpack.job_file";
    static final String INPUT = "auditpack.input";
    static final String OUTPUT = "auditpack.output";
    static final String AS_OF = "auditpack.as_of";
    static final String WAIT = "auditpack.wait_ms";
    static final String FINGERPRINT = "auditpack.fingerprint";
    static final String WAVE = "auditpack.wave";

    public JobPartition {
        Objects.requireNonNull(job, "job must not be null");
        Objects.requireNonNull(jobFile, "jobFile must not be null");
        Objects.requireNonNull(input, "input must not be null");
        Objects.requireNonNull(output, "output must not be null");
        Objects.requireNonNull(asOf, "asOf must not be null");
        Objects.requireNonNull(lockWait, "lockWait must not be null");
        Objects.requireNonNull(fingerprint, "fingerprint must not be null");
        if (wave < 0) {
            throw new IllegalArgumentException("wave must not be negative: " + wave);
        }
    }

    /** The partition as a step execution context (strings and numbers only, so any job repository keeps it). */
    public ExecutionContext context() {
        ExecutionContext context = new ExecutionContext();
        context.putString(JOB, job);
        context.putString(JOB_FILE, jobFile.toString());
        context.putString(INPUT, input.toString());
        context.putString(OUTPUT, output.toString());
        context.putString(AS_OF, asOf.toString());
        context.putLong(WAIT, lockWait.toMillis());
        context.putString(FINGERPRINT, fingerprint.encode());
        context.putInt(WAVE, wave);
        return context;
    }

    /** Reads a partition back from its step execution context. */
    public static JobPartition of(ExecutionContext context) {
        return new JobPartition(
                context.getString(JOB),
                Path.of(context.getString(JOB_FILE)),
                Path.of(context.getString(INPUT)),
                Path.of(context.getString(OUTPUT)),
                LocalDate.parse(context.getString(AS_OF)),
                Duration.ofMillis(context.getLong(WAIT)),
                InputFingerprint.decode(context.getString(FINGERPRINT)),
                context.getInt(WAVE));
    }

    /** The name of a partition (a job, or a range of a job's evidence) in its context, without reading the rest. */
    public static String nameOf(ExecutionContext context) {
        return context.getString(JOB, "?");
    }

    /** The wave of a partition's context, without reading the rest. */
    public static int waveOf(ExecutionContext context) {
        return context.getInt(WAVE, 0);
    }
}
