package io.auditpack.job;

import io.auditpack.domain.InputSet;
import io.auditpack.input.InputException;
import io.auditpack.input.JobFileReader;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.stereotype.Component;

/**
 * The workspaces of the runs this process is executing, by run ID. The command line registers a run with the
 * inputs it already read and validated; a run restarted from the job repository gets a workspace rebuilt from its
 * job parameters.
 */
@Component
public class RunRegistry {
    private final Map<String, RunWorkspace> workspaces = new ConcurrentHashMap<>();

    /** Registers a run before it starts, with the inputs read in advance (or null to read them in the job). */
    public RunWorkspace register(RunRequest request, InputSet preloaded) {
        RunWorkspace workspace = new RunWorkspace(request);
        workspace.inputs(preloaded);
        if (workspaces.putIfAbsent(request.runId(), workspace) != null) {
            throw new IllegalStateException("run " + request.runId() + " is already registered");
        }
        return workspace;
    }

    /** The workspace of the run these parameters identify, rebuilt from the job file when this process lacks it. */
    public RunWorkspace workspace(JobParameters parameters) throws InputException {
        String runId = RunParameters.runId(parameters);
        RunWorkspace known = workspaces.get(runId);
        if (known != null) {
            return known;
        }
        var job = JobFileReader.read(Path.of(parameters.getString(RunParameters.JOB_FILE)))
                .withFolders(
                        Path.of(parameters.getString(RunParameters.INPUT)),
                        Path.of(parameters.getString(RunParameters.OUTPUT)));
        RunRequest request = new RunRequest(job, RunParameters.asOf(parameters), runId);
        return workspaces.computeIfAbsent(runId, id -> new RunWorkspace(request));
    }

    /** The workspace of a run this process is executing. */
    public java.util.Optional<RunWorkspace> find(String runId) {
        return java.util.Optional.ofNullable(workspaces.get(runId));
    }

    /** Forgets a finished run. */
    public void release(String runId) {
        workspaces.remove(runId);
    }
}
