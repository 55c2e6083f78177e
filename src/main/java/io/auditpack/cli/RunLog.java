package io.auditpack.cli;

import io.auditpack.domain.AuditResult;
import io.auditpack.domain.Finding;
import io.auditpack.domain.FrameworkSummary;
import io.auditpack.domain.Words;
import io.auditpack.job.RunOutcome;
import io.auditpack.pack.publish.PartialPublishException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.spi.LoggingEventBuilder;

/**
 * The log lines of runs, for the scheduler and for {@code --log-format json}: a run's start, its notices, its
 * progress and its outcome with the headline figures. Each line also carries its facts as key-value pairs
 * ({@code job}, {@code run}, {@code outcome}, {@code version}, ...), which JSON logs show as fields. No line per
 * record or file.
 */
final class RunLog {
    private static final Logger LOG = LoggerFactory.getLogger("io.auditpack.run");

    private RunLog() {}

    static void started(String job, String run, LocalDate asOf) {
        LOG.atInfo()
                .addKeyValue("job", job)
                .addKeyValue("run", run)
                .addKeyValue("as_of", asOf.toString())
                .addKeyValue("event", "started")
                .log("{}: run started, as of {} (run {})", job, asOf, run);
    }

    static void notice(String job, String text) {
        LOG.atInfo().addKeyValue("job", job).addKeyValue("event", "notice").log("{}: {}", job, text);
    }

    static void progress(String job, String text) {
        LOG.atInfo().addKeyValue("job", job).addKeyValue("event", "progress").log("{}: {}", job, text);
    }

    static void rejected(String job, List<Finding> errors) {
        for (Finding error : errors) {
            LOG.atError()
                    .addKeyValue("job", job)
                    .addKeyValue("event", "input_error")
                    .log("{}: {}", job, error.describe());
        }
    }

    static void ended(String job, RunOutcome outcome, Duration took) {
        String seconds = String.format(Locale.ROOT, "%.1f s", took.toMillis() / 1000.0);
        LoggingEventBuilder event = (outcome.kind() == RunOutcome.Kind.PUBLISHED
                                || outcome.kind() == RunOutcome.Kind.UNCHANGED
                        ? LOG.atInfo()
                        : LOG.atError())
                .addKeyValue("job", job)
                .addKeyValue("event", "ended")
                .addKeyValue("outcome", outcome.kind().name().toLowerCase(Locale.ROOT))
                .addKeyValue("took_ms", took.toMillis());
        switch (outcome.kind()) {
            case PUBLISHED, UNCHANGED -> {
                var version = Objects.requireNonNull(outcome.publish()).version();
                event.addKeyValue("version", version.version())
                        .addKeyValue("sha256", version.sha256())
                        .addKeyValue("zip", version.zip().toString());
                String what = outcome.kind() == RunOutcome.Kind.PUBLISHED
                        ? "published v%04d (sha256 %s)".formatted(version.version(), version.sha256())
                        : "unchanged: the content equals v%04d; nothing published".formatted(version.version());
                event.log("{}: {} in {}; {}", job, what, seconds, headline(Objects.requireNonNull(outcome.result())));
            }
            case REJECTED ->
                event.addKeyValue("errors", outcome.errors().size())
                        .log(
                                "{}: rejected: {} input error(s); nothing written",
                                job,
                                outcome.errors().size());
            case FAILED ->
                event.log("{}: failed after {}: {}{}", job, seconds, outcome.reason(), nothingPublished(outcome));
            case BUSY -> event.log("{}: not run: {}", job, outcome.reason());
        }
    }

    /** {@code SOC 2 33 in scope: 4 covered, 1 partial, 28 missing control; 12 gaps; 5 findings}. */
    static String headline(AuditResult result) {
        if (result == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (var framework :
                result.job().packageType().frameworks().stream().sorted().toList()) {
            FrameworkSummary summary = FrameworkSummary.of(framework, result.requirements());
            String line = "%s %d in scope: %d covered, %d partial, %d missing control"
                    .formatted(
                            framework.label(),
                            summary.requirementsInScope(),
                            summary.covered(),
                            summary.partial(),
                            summary.missingControl());
            if (result.job().judgesOperation()) {
                line += " (operating: %d effective, %d inconsistent, %d no records, %d not yet due)"
                        .formatted(
                                summary.effective(), summary.inconsistent(), summary.noRecords(), summary.notYetDue());
            }
            parts.add(line);
        }
        parts.add(Words.count(result.gaps().size(), "gap"));
        parts.add(Words.count(result.findings().size(), "finding"));
        return String.join("; ", parts);
    }

    /** The words after a failure's reason: that no partial pack was published, unless the reason says otherwise. */
    static String nothingPublished(RunOutcome outcome) {
        return outcome.reason().contains(PartialPublishException.VISIBLE) ? "" : "; no partial pack was published";
    }
}
