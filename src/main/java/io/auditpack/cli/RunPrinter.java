package io.auditpack.cli;

import io.auditpack.domain.AuditResult;
import io.auditpack.domain.Finding;
import io.auditpack.domain.FrameworkSummary;
import io.auditpack.domain.InputSet;
import io.auditpack.domain.JobDefinition;
import io.auditpack.domain.Severity;
import io.auditpack.domain.Words;
import io.auditpack.job.RunOutcome;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Prints what a run or a validation found, in a few lines a person can read at a glance. {@code QUIET} prints only
 * the outcome and errors; {@code SILENT} (JSON logs carry the report) prints only errors.
 */
final class RunPrinter {
    /** How much the printer prints. */
    enum Verbosity {
        FULL,
        QUIET,
        SILENT
    }

    private final PrintWriter out;
    private final PrintWriter err;
    private final Verbosity verbosity;

    RunPrinter(PrintWriter out, PrintWriter err) {
        this(out, err, Verbosity.FULL);
    }

    RunPrinter(PrintWriter out, PrintWriter err, Verbosity verbosity) {
        this.out = out;
        this.err = err;
        this.verbosity = verbosity;
    }

    private boolean full() {
        return verbosity == Verbosity.FULL;
    }

    /** A notice of the run: waiting for the job's lock, or what was cleaned up after a run that died. */
    void notice(String text) {
        if (full()) {
            out.println("  note      " + text);
        }
    }

    /** Something the person running it must know whatever the verbosity (a repaired run history): on stderr. */
    void warning(String text) {
        err.println("auditpack: note: " + text);
    }

    /** A progress line (without a terminal). */
    void progress(String text) {
        if (full()) {
            out.println("  progress  " + text);
            out.flush();
        }
    }

    void header(JobDefinition job, LocalDate asOf) {
        if (!full()) {
            return;
        }
        out.printf(
                "%s: %s, %s, as of %s%n",
                job.name(),
                job.packageType().word(),
                job.period() == null ? "point in time" : "period " + job.period(),
                asOf);
    }

    void inputs(InputSet inputs) {
        if (!full()) {
            return;
        }
        out.printf(
                "  inputs    %s, %s, %s (%s)%n",
                Words.count(inputs.controls().size(), "control"),
                Words.count(inputs.mappings().size(), "mapping"),
                Words.count(inputs.evidence().size(), "evidence item"),
                Words.count(inputs.evidenceFiles().size(), "file"));
        if (!inputs.populations().isEmpty() || !inputs.responses().isEmpty()) {
            out.printf(
                    "            %s (%s), %s%n",
                    Words.count(inputs.populations().size(), "population"),
                    Words.count(
                            inputs.populations().stream()
                                    .mapToInt(p -> p.count())
                                    .sum(),
                            "occurrence"),
                    Words.count(inputs.responses().size(), "management response"));
        }
    }

    void findings(List<Finding> findings) {
        if (!full()) {
            return;
        }
        out.printf(
                "  findings  %s, %s, %d info%n",
                Words.count(count(findings, Severity.ERROR), "error"),
                Words.count(count(findings, Severity.WARNING), "warning"),
                count(findings, Severity.INFO));
    }

    /** Every error; warnings and notes of one code beyond a handful summarised unless {@code all}. */
    void listFindings(List<Finding> findings, boolean all) {
        FindingDigest.lines(findings, all).forEach(line -> (line.error() ? err : out).println(line.text()));
    }

    void errors(List<Finding> errors) {
        errors.forEach(finding -> err.println(finding.describe()));
        err.printf("auditpack: %s; nothing was written (exit 2)%n", Words.count(errors.size(), "input error"));
    }

    void audit(AuditResult result) {
        if (!full()) {
            return;
        }
        for (var framework :
                result.job().packageType().frameworks().stream().sorted().toList()) {
            FrameworkSummary summary = FrameworkSummary.of(framework, result.requirements());
            out.printf(
                    Locale.ROOT,
                    "  %-9s %d in scope: %d covered, %d partial, %d missing control (%.1f%% designed)",
                    framework.label(),
                    summary.requirementsInScope(),
                    summary.covered(),
                    summary.partial(),
                    summary.missingControl(),
                    summary.designCoveragePercent());
            if (result.job().judgesOperation()) {
                out.printf(
                        "; operating: %d effective, %d inconsistent, %d no records, %d not yet due",
                        summary.effective(), summary.inconsistent(), summary.noRecords(), summary.notYetDue());
            }
            out.println();
        }
        out.printf(
                "  gaps      %d, in %s%n",
                result.gaps().size(), Words.count(result.remediation().size(), "remediation item"));
    }

    void outcome(RunOutcome outcome, Path cwd, Duration took) {
        if (verbosity == Verbosity.SILENT
                && (outcome.kind() == RunOutcome.Kind.PUBLISHED || outcome.kind() == RunOutcome.Kind.UNCHANGED)) {
            return;
        }
        switch (outcome.kind()) {
            case PUBLISHED -> {
                out.println("published "
                        + shown(
                                Objects.requireNonNull(outcome.publish())
                                        .version()
                                        .zip(),
                                cwd));
                out.println("  sha256    "
                        + Objects.requireNonNull(outcome.publish()).version().sha256());
            }
            case UNCHANGED ->
                out.printf(
                        "unchanged: the content equals v%04d (%s); nothing published%n",
                        Objects.requireNonNull(outcome.publish()).version().version(),
                        shown(
                                Objects.requireNonNull(outcome.publish())
                                        .version()
                                        .zip(),
                                cwd));
            case REJECTED -> errors(outcome.errors());
            case FAILED ->
                err.println("auditpack: the run failed: " + outcome.reason() + RunLog.nothingPublished(outcome));
            case BUSY -> err.println("auditpack: " + outcome.reason());
        }
        if (!full()) {
            return;
        }
        out.printf(Locale.ROOT, "  took      %.1f s%n", took.toMillis() / 1000.0);
    }

    private static String shown(Path path, Path cwd) {
        Path absolute = path.toAbsolutePath().normalize();
        return absolute.startsWith(cwd) ? cwd.relativize(absolute).toString() : absolute.toString();
    }

    private static long count(List<Finding> findings, Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }
}
