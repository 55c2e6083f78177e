package io.auditpack.cli;

import io.auditpack.audit.Auditor;
import io.auditpack.audit.DeadlineRule;
import io.auditpack.catalog.Catalog;
import io.auditpack.domain.AuditResult;
import io.auditpack.domain.Finding;
import io.auditpack.domain.InputSet;
import io.auditpack.domain.JobDefinition;
import io.auditpack.domain.Words;
import io.auditpack.input.InputLoader;
import io.auditpack.input.JobFileReader;
import io.auditpack.verdict.Deadlines;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code due JOB.yaml}: reads and validates the job's inputs, then prints the slices still owed a record at the
 * reference date (overdue first, then those due within {@code --days}) or writes their calendar to {@code --ics}.
 * Publishes no pack, writes nothing under the output folder and no run history.
 */
@Command(
        name = "due",
        mixinStandardHelpOptions = true,
        description = "Prints the slices still owed a record: overdue first, then those whose deadline (last day of"
                + " the slice plus the job's collection_lag) falls within --days; or writes them as an iCalendar"
                + " file with --ics. Publishes no pack and writes nothing under the output folder."
                + " Exit 2 when the inputs have errors or an option is wrong.")
final class DueCommand implements Callable<Integer> {
    private final Clock clock;

    @Parameters(index = "0", paramLabel = "JOB.yaml", description = "The job file.")
    Path jobFile;

    @Option(
            names = "--as-of",
            paramLabel = "YYYY-MM-DD",
            converter = JobOptions.IsoDate.class,
            description = "The reference date (default: today in the job's time zone; the job's own as_of is not"
                    + " used: a reminder speaks for the day it runs).")
    LocalDate asOf;

    @Option(
            names = "--days",
            paramLabel = "N",
            defaultValue = "30",
            description = "How far ahead \"due\" looks, in days (1 to 366; default ${DEFAULT-VALUE}).")
    int days;

    @Option(names = "--owner", paramLabel = "EMAIL", description = "Only the controls this owner holds (any case).")
    String owner;

    @Option(
            names = "--ics",
            paramLabel = "FILE",
            description = "Writes every upcoming deadline of the period (of --owner's controls) to this iCalendar"
                    + " file, atomically, instead of printing the list.")
    Path ics;

    @Option(names = "--input", paramLabel = "DIR", description = "Input folder instead of the job's.")
    Path input;

    @Spec
    CommandSpec spec;

    DueCommand() {
        this(Clock.systemUTC());
    }

    DueCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() throws Exception {
        if (days < 1 || days > Deadlines.MAX_WINDOW) {
            throw usage("--days must be 1 to " + Deadlines.MAX_WINDOW + ": " + days);
        }
        if (owner != null && owner.isBlank()) {
            throw usage("--owner is empty; accepted: a control owner as written in controls.csv");
        }
        JobDefinition job = JobFileReader.read(jobFile)
                .withFolders(input == null ? null : input.toAbsolutePath().normalize(), null);
        CalendarFile calendar = ics == null ? null : CalendarFile.refuseOrAccept(ics, job.output(), spec);
        PrintWriter out = spec.commandLine().getOut();
        LocalDate reference = asOf != null ? asOf : LocalDate.now(clock.withZone(job.timeZone()));
        InputSet inputs = InputLoader.load(job.input(), Catalog.builtIn());
        if (inputs.hasErrors()) {
            new RunPrinter(out, spec.commandLine().getErr())
                    .errors(inputs.findings().stream().filter(Finding::isError).toList());
            return ExitCodes.BAD_INPUT;
        }
        if (owner != null && inputs.controls().stream().noneMatch(c -> sameOwner(c.owner(), owner))) {
            throw usage("no control in controls.csv is owned by '" + owner.strip() + "'");
        }
        AuditResult result = Auditor.audit(job, reference, inputs, Catalog.builtIn());
        Deadlines deadlines = DeadlineRule.of(result, days);
        if (owner != null) {
            deadlines = deadlines.ownedBy(owner);
        }
        String from = asOf != null ? "--as-of" : "today in " + job.timeZone();
        if (calendar != null) {
            calendar.write(job, deadlines);
            out.printf(
                    "%s: wrote %s (upcoming deadlines from %s, %s) to %s; nothing else was written%n",
                    job.name(), Words.count(deadlines.upcoming().size(), "event"), reference, from, ics);
            return ExitCodes.OK;
        }
        new DueList(out).print(job, deadlines, from, owner);
        return ExitCodes.OK;
    }

    static boolean sameOwner(String controlOwner, String wanted) {
        return controlOwner
                .strip()
                .toLowerCase(Locale.ROOT)
                .equals(wanted.strip().toLowerCase(Locale.ROOT));
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
