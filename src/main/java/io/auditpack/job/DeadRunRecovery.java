package io.auditpack.job;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * Closes the executions that a dead process left running in the job repository. Called by a run that holds the
 * job's lock: any execution of the same job and output folder still marked running then belongs to a process that
 * ended without recording its end (killed, crashed, machine stopped). Each is marked FAILED through
 * {@link JobOperator#recover}, with an exit description saying so; the new run then starts afresh.
 */
@Component
public class DeadRunRecovery {
    static final String DIED = "its process ended before the run did (killed, crashed or the machine stopped); "
            + "marked FAILED by a later run, which started afresh";

    private final JobOperator operator;
    private final JobRepository repository;

    public DeadRunRecovery(JobOperator operator, JobRepository repository) {
        this.operator = operator;
        this.repository = repository;
    }

    /** Recovers the job's dead executions in this output folder; returns one line per execution recovered. */
    public List<String> recover(String job, Path output) {
        Path folder = output.toAbsolutePath().normalize();
        List<String> done = new ArrayList<>();
        List<JobExecution> running = repository.findRunningJobExecutions(job).stream()
                .sorted(Comparator.comparing(JobExecution::getId))
                .toList();
        for (JobExecution stale : running) {
            String owner = stale.getJobParameters().getString(RunParameters.OUTPUT);
            if (owner == null || !Path.of(owner).toAbsolutePath().normalize().equals(folder)) {
                continue;
            }
            JobExecution execution = repository.getJobExecution(stale.getId());
            if (execution == null) {
                continue;
            }
            operator.recover(execution);
            execution.setExitStatus(ExitStatus.FAILED.addExitDescription(DIED));
            repository.update(execution);
            done.add("marked run " + RunParameters.runId(execution.getJobParameters()) + " (execution "
                    + execution.getId() + ", started " + execution.getStartTime() + ") FAILED: " + DIED);
        }
        return done;
    }
}
