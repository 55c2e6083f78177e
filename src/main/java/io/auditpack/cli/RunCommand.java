package io.auditpack.cli;

import io.auditpack.distributed.channel.ChannelConfiguration;
import io.auditpack.distributed.manager.SplitConfiguration;
import io.auditpack.domain.Finding;
import io.auditpack.guard.JobBusyException;
import io.auditpack.guard.JobLock;
import io.auditpack.guard.UnsafePathException;
import io.auditpack.job.FailureReason;
import io.auditpack.job.LaunchOptions;
import io.auditpack.job.RunLauncher;
import io.auditpack.job.RunOutcome;
import io.auditpack.job.RunRequest;
import io.auditpack.progress.ProgressView;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
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

    @Option(
            names = "--distributed",
            description = "Has the workers (auditpack worker) prepare the job's evidence (read, check against its "
                    + "SHA-256, compress), by ranges of controls, through PostgreSQL; this process writes and "
                    + "publishes the pack, byte for byte the one a single process writes. Needs AUDITPACK_DB_URL "
                    + "(docs/scale-out.md).")
    boolean distributed;

    @Option(
            names = "--ranges",
            paramLabel = "N",
            description = "With --distributed: how many ranges of controls the evidence is split into (default 4).")
    Integer ranges;

    @Option(
            names = "--worker-timeout",
            paramLabel = "DURATION",
            converter = DurationConverter.class,
            description = "With --distributed: a worker silent this long (no heartbeat) counts as gone, and its range "
                    + "is sent to the workers again (default 60s).")
    Duration workerTimeout;

    @Mixin
    OutputOptions output;

    @Mixin
    SignatureOption signature;

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
        if (!signature.allows(spec.commandLine().getErr())) {
            return ExitCodes.BAD_INPUT;
        }
        Instant started = Instant.now();
        Clock clock = Clock.systemUTC();
        RunPrinter printer =
                new RunPrinter(spec.commandLine().getOut(), spec.commandLine().getErr(), output.verbosity());
        RunStyle style = new RunStyle(waitOption.wait, output, "run");
        Map<String, Object> split = splitSettings();
        ContextStart[] early = {null};
        RunOutcome outcome;
        try {
            PreparedRun prepared = options.prepare(clock, job -> {
                if (startContextEarly && split == null) {
                    early[0] = ContextStart.begin(job.output(), style.logs());
                }
            });
            outcome = execute(prepared, printer, clock, style, split, early[0]);
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
        return execute(prepared, printer, clock, style, null, null);
    }

    /**
     * As above; with {@code split} settings (not null) the workers prepare the evidence ({@code --distributed}); with
     * the Spring context already starting ({@code early}, may be null: it is opened here).
     */
    private static RunOutcome execute(
            PreparedRun prepared,
            RunPrinter printer,
            Clock clock,
            RunStyle style,
            @Nullable Map<String, Object> split,
            @Nullable ContextStart early)
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
        } catch (UnsafePathException unsafe) {
            return RunOutcome.failed("refused: " + unsafe.getMessage());
        } catch (IOException cannotLock) {
            // a full disk, say, while the lock file is made or written
            return RunOutcome.failed(FailureReason.of(
                    cannotLock, prepared.job().output().resolve(".auditpack").resolve("locks")));
        }
        RunOutcome outcome;
        try (lock;
                var context = early != null
                        ? early.open(printer::warning)
                        : split == null
                                ? BatchContext.open(prepared.job().output(), style.logs(), printer::warning)
                                : BatchContext.open(
                                        prepared.job().output(),
                                        style.logs(),
                                        printer::warning,
                                        split,
                                        ChannelConfiguration.PROFILE,
                                        SplitConfiguration.PROFILE);
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

    /** The settings of {@code --distributed} as properties, or null without it; usage errors for bad combinations. */
    private @Nullable Map<String, Object> splitSettings() {
        if (!distributed) {
            if (ranges != null || workerTimeout != null) {
                throw new ParameterException(spec.commandLine(), "--ranges and --worker-timeout go with --distributed");
            }
            return null;
        }
        if (!Database.forOutput(Path.of("output")).postgres()) {
            throw new ParameterException(
                    spec.commandLine(), "auditpack: " + Database.distributedNeedsPostgres("run --distributed"));
        }
        if (ranges != null && (ranges < 1 || ranges > 1000)) {
            throw new ParameterException(spec.commandLine(), "--ranges takes a number from 1 to 1000: " + ranges);
        }
        if (workerTimeout != null && (workerTimeout.isZero() || workerTimeout.isNegative())) {
            throw new ParameterException(spec.commandLine(), "--worker-timeout takes a positive duration");
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("logging.level.io.auditpack.manager", "INFO"); // each range as it is prepared, and by whom
        properties.put(SplitConfiguration.RANGES, ranges == null ? 4 : ranges);
        properties.put(
                SplitConfiguration.WORKER_TIMEOUT_MS,
                (workerTimeout == null ? RunAllCommand.DEFAULT_WORKER_TIMEOUT : workerTimeout).toMillis());
        return properties;
    }

    static int exitCode(RunOutcome outcome) {
        return switch (outcome.kind()) {
            case PUBLISHED, UNCHANGED -> ExitCodes.OK;
            case REJECTED -> ExitCodes.BAD_INPUT;
            case FAILED, BUSY -> ExitCodes.UNEXPECTED;
        };
    }
}
