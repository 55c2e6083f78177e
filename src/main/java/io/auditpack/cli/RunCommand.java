package io.auditpack.cli;

import io.auditpack.domain.Finding;
import io.auditpack.guard.JobBusyException;
import io.auditpack.guard.JobLock;
import io.auditpack.job.LaunchOptions;
import io.auditpack.job.RunLauncher;
import io.auditpack.job.RunOutcome;
import io.auditpack.job.RunRequest;
import io.auditpack.progress.ProgressView;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code run JOB.yaml}: read, validate, compute, assemble and publish one job. */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        description = {
            "Runs one job: reads and validates its inputs, computes coverage and gaps, and publishes a "
                    + "new pack version, or reports \"unchanged\" when the content equals the latest version."
        })
final class RunCommand implements Callable<Integer> {
    @Mixin
    JobOptions options;

    @Mixin
    WaitOption waitOption;

    @Mixin
    OutputOptions output;

    @Spec
    CommandSpec spec;

    /**
     * Whether the Spring context starts while the inputs are read ({@link ContextStart}): set by the command line's
     * entry point, which exits when the command returns; commands run inside another program (tests) start it when
     * they need it.
     */
    boolean startContextEarly;

    @Override
    public Integer call() throws Exception {
        Instant started = Instant.now();
        Clock clock = Clock.systemUTC();
        RunPrinter printer =
                new RunPrinter(spec.commandLine().getOut(), spec.commandLine().getErr(), output.verbosity());
        RunStyle style = new RunStyle(waitOption.wait, output, "run");
        ContextStart[] early = {null};
        RunOutcome outcome;
        try {
            PreparedRun prepared = options.prepare(clock, job -> {
                if (startContextEarly) {
                    early[0] = ContextStart.begin(job.output(), style.logs());
                }
            });
            outcome = execute(prepared, printer, clock, style, early[0]);
        } finally {
            if (early[0] != null) {
                early[0].abandon();
            }
        }
        printer.outcome(outcome, Path.of("").toAbsolutePath(), Duration.between(started, Instant.now()));
        return exitCode(outcome);
    }

    /**
     * Runs a prepared job through the batch job under the job's lock; prints the inputs and the audit as it goes
     * (or logs them, for JSON logs).
     */
    static RunOutcome execute(PreparedRun prepared, RunPrinter printer, Clock clock, RunStyle style) throws Exception {
        return execute(prepared, printer, clock, style, null);
    }

    /** As above, with the Spring context already starting ({@code early}, may be null: it is opened here). */
    static RunOutcome execute(
            PreparedRun prepared, RunPrinter printer, Clock clock, RunStyle style, @Nullable ContextStart early)
            throws Exception {
        printer.header(prepared.job(), prepared.asOf());
        printer.inputs(prepared.inputs());
        if (prepared.inputs().hasErrors()) {
            return RunOutcome.rejected(prepared.inputs().findings().stream()
                    .filter(Finding::isError)
                    .toList());
        }
        String name = prepared.job().name();
        String runId = PreparedRun.newRunId(clock);
        RunRequest request = new RunRequest(prepared.job(), prepared.asOf(), runId);
        LaunchOptions launch =
                new LaunchOptions(style.lockWait(), style.notices(printer, name), ProgressView.NONE, style.command());
        Instant started = Instant.now();
        JobLock lock;
        try {
            // Taken before the job repository is opened: a run that gives way touches nothing.
            lock = RunLauncher.lock(request, launch);
        } catch (JobBusyException busy) {
            return RunOutcome.busy(busy.getMessage());
        }
        RunOutcome outcome;
        try (lock;
                var context = early != null
                        ? early.open()
                        : BatchContext.open(prepared.job().output(), style.logs());
                ProgressView progress = style.progress(printer, name)) {
            if (style.output().json()) {
                RunLog.started(name, runId, prepared.asOf());
            }
            outcome = context.getBean(RunLauncher.class)
                    .launchLocked(
                            request,
                            prepared.inputs(),
                            new LaunchOptions(launch.lockWait(), launch.notices(), progress, launch.command()));
            if (style.output().json()) {
                RunLog.ended(name, outcome, Duration.between(started, Instant.now()));
            }
        }
        if (outcome.result() != null) {
            printer.findings(outcome.result().findings());
            printer.audit(outcome.result());
        }
        return outcome;
    }

    static int exitCode(RunOutcome outcome) {
        return switch (outcome.kind()) {
            case PUBLISHED, UNCHANGED -> ExitCodes.OK;
            case REJECTED -> ExitCodes.BAD_INPUT;
            case FAILED, BUSY -> ExitCodes.UNEXPECTED;
        };
    }
}
