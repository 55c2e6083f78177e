package io.auditpack.job;

import io.auditpack.input.InputException;
import io.auditpack.input.JobFileReader;
import java.nio.file.Path;
import java.util.List;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Builds the Spring Batch job of one run, named after the auditpack job so its history is kept under that name: the
 * five steps (read, validate, compute, assemble, publish) in order, each a {@link RunTask} bound to the run's own
 * {@link RunWorkspace}, through which they hand their results to each other.
 */
public final class PackJob {
    /** The steps' names, in order. */
    public static final List<String> STEPS = List.of("read", "validate", "compute", "assemble", "publish");

    private final JobRepository repository;
    private final PlatformTransactionManager transactions;
    private final List<RunTask> tasks;

    PackJob(JobRepository repository, PlatformTransactionManager transactions, List<RunTask> tasks) {
        if (tasks.size() != STEPS.size()) {
            throw new IllegalArgumentException("a run has " + STEPS.size() + " steps: " + tasks.size() + " given");
        }
        this.repository = repository;
        this.transactions = transactions;
        this.tasks = List.copyOf(tasks);
    }

    /** The job of one run, its steps working on {@code workspace}. */
    public Job of(RunWorkspace workspace) {
        String name = workspace.request().job().name();
        var steps = new JobBuilder(name, repository).start(step(0, workspace));
        for (int i = 1; i < tasks.size(); i++) {
            steps = steps.next(step(i, workspace));
        }
        return steps.build();
    }

    /**
     * A workspace for a run known only by its job parameters (started by another process): the job file is read
     * again with the folders the parameters name; the read step reads the inputs.
     */
    public static RunWorkspace workspaceOf(JobParameters parameters) throws InputException {
        var job = JobFileReader.read(Path.of(parameters.getString(RunParameters.JOB_FILE)))
                .withFolders(
                        Path.of(parameters.getString(RunParameters.INPUT)),
                        Path.of(parameters.getString(RunParameters.OUTPUT)));
        return new RunWorkspace(
                new RunRequest(job, RunParameters.asOf(parameters), RunParameters.runId(parameters)), null);
    }

    private org.springframework.batch.core.step.Step step(int index, RunWorkspace workspace) {
        return new StepBuilder(STEPS.get(index), repository)
                .tasklet(new RunTasklet(workspace, tasks.get(index)), transactions)
                .build();
    }
}
