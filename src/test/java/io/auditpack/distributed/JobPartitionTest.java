package io.auditpack.distributed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A partition travels to its worker as a step execution context, and a worker's report comes back the same way. */
class JobPartitionTest {
    @Test
    void aPartitionReadBackFromItsContextEqualsTheOneWritten() {
        JobPartition partition = new JobPartition(
                "org1-soc2-type2-2026",
                Path.of("/shared/jobs/org1-soc2-type2.yaml"),
                Path.of("/shared/input-1"),
                Path.of("/shared/output-1"),
                LocalDate.of(2026, 11, 29),
                Duration.ofSeconds(10),
                new InputFingerprint(Map.of("controls.csv", "ab".repeat(32)), 3, 1234, "cd".repeat(32)),
                1);

        assertThat(JobPartition.of(partition.context())).isEqualTo(partition);
        assertThat(JobPartition.waveOf(partition.context())).isEqualTo(1);
    }

    @Test
    void aReportIsReadBackAndClearedForTheNextAttempt() {
        var context = new org.springframework.batch.infrastructure.item.ExecutionContext();
        PartitionReport report = new PartitionReport(
                "w1", "run-1", PartitionReport.Outcome.PUBLISHED, 3, "/out/x-v0003.zip", "ef".repeat(32), "");

        report.into(context);
        PartitionReport read = PartitionReport.from(context);
        PartitionReport.clear(context);

        assertThat(read).isEqualTo(report);
        assertThat(PartitionReport.from(context)).isNull();
    }
}
