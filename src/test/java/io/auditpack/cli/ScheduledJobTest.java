package io.auditpack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.auditpack.domain.JobDefinition;
import io.auditpack.domain.PackageType;
import io.auditpack.domain.Soc2Category;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScheduledJobTest {

    @Test
    void theCronIsReadInTheJobsTimeZoneInWinterAndInSummer() {
        ScheduledJob job = ScheduledJob.of(Path.of("/jobs/nightly.yaml"), job("0 30 2 * * *", "Europe/London"));

        assertThat(job.next(ZonedDateTime.parse("2026-01-15T12:00:00Z")).toInstant())
                .hasToString("2026-01-16T02:30:00Z");
        assertThat(job.next(ZonedDateTime.parse("2026-07-15T12:00:00Z")).toInstant())
                .hasToString("2026-07-16T01:30:00Z");
    }

    @Test
    void theNextFiringIsStrictlyAfterNow() {
        ScheduledJob job = ScheduledJob.of(Path.of("/jobs/often.yaml"), job("*/2 * * * * *", "UTC"));

        assertThat(job.next(ZonedDateTime.parse("2026-01-15T12:00:00Z")).toInstant())
                .hasToString("2026-01-15T12:00:02Z");
    }

    private static JobDefinition job(String cron, String zone) {
        return new JobDefinition(
                "nightly",
                PackageType.SOC2_TYPE1,
                "Example Corp",
                "Example Platform",
                null,
                LocalDate.of(2026, 6, 30),
                Set.of(Soc2Category.SECURITY),
                cron,
                ZoneId.of(zone),
                Path.of("/in"),
                Path.of("/out"),
                Path.of("/jobs/nightly.yaml"));
    }
}
