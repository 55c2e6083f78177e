package io.auditpack.cli;

import io.auditpack.domain.JobDefinition;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.Objects;
import org.springframework.scheduling.support.CronExpression;

/**
 * A job the scheduler runs: its file (read again before every run, so input and option changes apply), its name,
 * its cron (Spring's six fields) and the time zone the cron is read in.
 */
record ScheduledJob(Path file, String name, String cron, JobDefinition definition) {
    ScheduledJob {
        Objects.requireNonNull(file, "file must not be null");
        Objects.requireNonNull(name, "name must not be null");
        Objects.requireNonNull(cron, "cron must not be null");
        Objects.requireNonNull(definition, "definition must not be null");
    }

    static ScheduledJob of(Path file, JobDefinition job) {
        return new ScheduledJob(file, job.name(), Objects.requireNonNull(job.schedule(), "schedule"), job);
    }

    /** The next firing strictly after {@code now}, in the job's time zone. */
    ZonedDateTime next(ZonedDateTime now) {
        ZonedDateTime next = CronExpression.parse(cron).next(now.withZoneSameInstant(definition.timeZone()));
        if (next == null) {
            throw new IllegalStateException("the schedule \"" + cron + "\" of " + file + " never fires again");
        }
        return next;
    }
}
