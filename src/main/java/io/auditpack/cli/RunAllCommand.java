package io.auditpack.cli;

import io.auditpack.distributed.manager.ManagerSettings;
import io.auditpack.domain.Finding;
import io.auditpack.domain.PackageType;
import io.auditpack.domain.SourceRef;
import io.auditpack.input.InputException;
import io.auditpack.job.RunOutcome;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code run-all}: every {@code *.yaml} job of a folder, in file-name order, management-review jobs last (they are
 * built from the other jobs' packs). All job files and inputs are read and validated first; if any has an error
 * nothing runs and nothing is written.
 */
@Command(
        name = "run-all",
        mixinStandardHelpOptions = true,
        description = "Runs every *.yaml job in a folder (after validating all of them first); management-review "
                + "jobs run last, so they see the packs just published.")
final class RunAllCommand implements Callable<Integer> {
    static final Duration DEFAULT_WORKER_TIMEOUT = Duration.ofSeconds(60);

    @Option(names = "--jobs", paramLabel = "DIR", defaultValue = "jobs", description = "Job folder (default: jobs).")
    Path jobs;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "Pins \"today\" for every job.")
    LocalDate asOf;

    @Option(
            names = "--distributed",
            description = "Hands each job to the workers (auditpack worker) through PostgreSQL instead of running "
                    + "them here; needs AUDITPACK_DB_URL (docs/scale-out.md).")
    boolean distributed;

    @Option(
            names = "--worker-timeout",
            paramLabel = "DURATION",
            converter = DurationConverter.class,
            description = "With --distributed: a worker silent this long (no heartbeat) counts as gone, and its job "
                    + "is sent to the workers again (default 60s).")
    Duration workerTimeout;

    @Mixin
    WaitOption waitOption;

    @Mixin
    OutputOptions output;

    @Mixin
    SignatureOption signature;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!signature.allows(spec.commandLine().getErr())) {
            return ExitCodes.BAD_INPUT;
        }
        Clock clock = Clock.systemUTC();
        if (distributed && !Database.forOutput(Path.of("output")).postgres()) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "auditpack: " + Database.distributedNeedsPostgres("run-all --distributed"));
        }
        if (workerTimeout != null && (!distributed || workerTimeout.isZero())) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--worker-timeout takes a positive duration and goes with --distributed");
        }
        RunPrinter printer =
                new RunPrinter(spec.commandLine().getOut(), spec.commandLine().getErr(), output.verbosity());
        List<PreparedRun> prepared = reviewsLast(prepareAll(JobFolder.list(jobs), clock, !distributed));
        if (distributed) {
            ManagerSettings settings = new ManagerSettings(
                    workerTimeout == null ? DEFAULT_WORKER_TIMEOUT : workerTimeout, Duration.ofSeconds(1));
            return new ManagerRun(
                            spec.commandLine().getOut(), spec.commandLine().getErr(), output, settings, waitOption.wait)
                    .run(prepared, clock);
        }
        int exit = ExitCodes.OK;
        for (PreparedRun run : prepared) {
            Instant started = Instant.now();
            RunOutcome outcome =
                    RunCommand.execute(run, printer, clock, new RunStyle(waitOption.wait, output, "run-all"));
            printer.outcome(outcome, Path.of("").toAbsolutePath(), Duration.between(started, Instant.now()));
            exit = worse(exit, RunCommand.exitCode(outcome));
        }
        return exit;
    }

    /** Management-review jobs run after the others (each group in file-name order), so they see tonight's packs. */
    static List<PreparedRun> reviewsLast(List<PreparedRun> runs) {
        List<PreparedRun> ordered = new ArrayList<>();
        runs.stream()
                .filter(r -> r.job().packageType() != PackageType.MANAGEMENT_REVIEW)
                .forEach(ordered::add);
        runs.stream()
                .filter(r -> r.job().packageType() == PackageType.MANAGEMENT_REVIEW)
                .forEach(ordered::add);
        return ordered;
    }

    /**
     * Reads and validates every job; {@code keepInputs} false drops each job's inputs once validated (the workers of
     * a distributed run read them again), so the manager's memory does not grow with the number of jobs.
     */
    private List<PreparedRun> prepareAll(List<Path> files, Clock clock, boolean keepInputs)
            throws IOException, InputException {
        List<Finding> errors = new ArrayList<>();
        List<PreparedRun> prepared = new ArrayList<>();
        Map<String, Path> names = new HashMap<>();
        for (Path file : files) {
            try {
                PreparedRun run = PreparedRun.prepare(file, asOf, null, null, clock);
                Path clash = names.putIfAbsent(run.job().name(), file);
                if (clash != null) {
                    errors.add(Finding.error(
                            "input.job",
                            SourceRef.of(file.toString()),
                            "name",
                            run.job().name(),
                            "the job name is already used by " + clash + "; job names must be unique"));
                }
                run.inputs().findings().stream().filter(Finding::isError).forEach(errors::add);
                prepared.add(keepInputs ? run : new PreparedRun(run.job(), run.asOf(), null));
            } catch (InputException e) {
                errors.addAll(e.findings());
            }
        }
        if (!errors.isEmpty()) {
            throw new InputException(errors.stream().distinct().toList());
        }
        return prepared;
    }

    private static int worse(int a, int b) {
        return rank(a) >= rank(b) ? a : b;
    }

    private static int rank(int exit) {
        return exit == ExitCodes.UNEXPECTED ? 3 : exit == ExitCodes.BAD_INPUT ? 2 : exit == ExitCodes.OK ? 0 : 1;
    }
}
