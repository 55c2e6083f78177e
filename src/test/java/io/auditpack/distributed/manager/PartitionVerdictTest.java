package io.auditpack.distributed.manager;

import static org.assertj.core.api.Assertions.assertThat;

import io.auditpack.distributed.channel.Beats.BeatState;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;

/** The manager's reading of a partition at one look, which decides whether it is dispatched again. */
class PartitionVerdictTest {
    private static final Duration LIMIT = Duration.ofSeconds(60);

    private static PartitionVerdict verdict(BatchStatus status, String owner, Duration age) {
        return PartitionVerdict.of(new BeatState(7, "run-job:x", status, owner, age), LIMIT);
    }

    @Test
    void aPartitionNoWorkerHasTakenWaitsHoweverLong() {
        assertThat(verdict(BatchStatus.STARTING, null, null)).isEqualTo(PartitionVerdict.WAIT);
    }

    @Test
    void aRunningPartitionWithAFreshBeatWaits() {
        assertThat(verdict(BatchStatus.STARTED, "w1", Duration.ofSeconds(60))).isEqualTo(PartitionVerdict.WAIT);
    }

    @Test
    void aRunningPartitionWhoseBeatIsOlderThanTheLimitIsSilent() {
        assertThat(verdict(BatchStatus.STARTED, "w1", Duration.ofSeconds(61))).isEqualTo(PartitionVerdict.SILENT);
    }

    @Test
    void aClaimedPartitionWhoseWorkerDiedBeforeStartingItIsSilentToo() {
        assertThat(verdict(BatchStatus.STARTING, "w1", Duration.ofMinutes(5))).isEqualTo(PartitionVerdict.SILENT);
    }

    @Test
    void endedPartitionsAreDoneHandedBackOrFailedByTheirStatus() {
        assertThat(verdict(BatchStatus.COMPLETED, "w1", Duration.ofHours(1))).isEqualTo(PartitionVerdict.DONE);
        assertThat(verdict(BatchStatus.STOPPED, "w1", Duration.ZERO)).isEqualTo(PartitionVerdict.HANDED_BACK);
        assertThat(verdict(BatchStatus.FAILED, "w1", Duration.ZERO)).isEqualTo(PartitionVerdict.FAILED);
        assertThat(verdict(BatchStatus.ABANDONED, null, null)).isEqualTo(PartitionVerdict.FAILED);
    }
}
