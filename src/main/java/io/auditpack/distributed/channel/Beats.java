package io.auditpack.distributed.channel;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.BatchStatus;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The heartbeats of {@code run-all --distributed}, in the table {@code AUDITPACK_BEAT} beside Spring Batch's tables:
 * one row per step execution held by a process (a worker's partition, the manager's own step), with the holder's
 * name and the time of its last beat. Every time is the database's ({@code CURRENT_TIMESTAMP}), so the clocks of
 * the hosts do not matter. A row whose beat is older than the watcher's limit means its holder is gone.
 */
public final class Beats {
    static final String TABLE = "AUDITPACK_BEAT";

    private final JdbcTemplate jdbc;

    public Beats(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records that {@code owner} holds the step execution from now on; false when another holder has it. */
    public boolean claim(long stepExecutionId, String owner, Duration staleAfter) {
        try {
            jdbc.update(
                    "INSERT INTO " + TABLE + " (STEP_EXECUTION_ID, OWNER, CLAIMED, BEAT, STALE_AFTER_MS) "
                            + "VALUES (?, ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, ?)",
                    stepExecutionId,
                    owner,
                    staleAfter.toMillis());
            return true;
        } catch (DuplicateKeyException taken) {
            return false;
        }
    }

    /** The holder is alive: moves the beat to now. */
    public void beat(long stepExecutionId, String owner) {
        jdbc.update(
                "UPDATE " + TABLE + " SET BEAT = CURRENT_TIMESTAMP WHERE STEP_EXECUTION_ID = ? AND OWNER = ?",
                stepExecutionId,
                owner);
    }

    /** Forgets the holder of a step execution that has ended. */
    public void release(long stepExecutionId) {
        jdbc.update("DELETE FROM " + TABLE + " WHERE STEP_EXECUTION_ID = ?", stepExecutionId);
    }

    /** Every step execution of a job execution with its status and its holder's beat, if it has one. */
    public List<BeatState> states(long jobExecutionId) {
        return jdbc.query(
                "SELECT s.STEP_EXECUTION_ID, s.STATUS, b.OWNER, b.BEAT, CURRENT_TIMESTAMP AS NOW_AT, s.STEP_NAME "
                        + "FROM BATCH_STEP_EXECUTION s LEFT JOIN " + TABLE + " b "
                        + "ON b.STEP_EXECUTION_ID = s.STEP_EXECUTION_ID WHERE s.JOB_EXECUTION_ID = ?",
                (row, n) -> state(row),
                jobExecutionId);
    }

    /**
     * For a worker about to take a partition: the partition's status and the beat of the manager that sent it (the
     * step execution named {@code managerStep} or {@code otherManagerStep} in the same job execution); empty when the
     * partition is unknown.
     */
    public Optional<PartitionCheck> check(long partitionStepExecutionId, String managerStep, String otherManagerStep) {
        return jdbc
                .query(
                        "SELECT p.STATUS, b.OWNER, b.BEAT, b.STALE_AFTER_MS, CURRENT_TIMESTAMP AS NOW_AT "
                                + "FROM BATCH_STEP_EXECUTION p "
                                + "LEFT JOIN BATCH_STEP_EXECUTION m ON m.JOB_EXECUTION_ID = p.JOB_EXECUTION_ID "
                                + "AND m.STEP_NAME IN (?, ?) "
                                + "LEFT JOIN " + TABLE + " b ON b.STEP_EXECUTION_ID = m.STEP_EXECUTION_ID "
                                + "WHERE p.STEP_EXECUTION_ID = ?",
                        (row, n) -> new PartitionCheck(
                                BatchStatus.valueOf(row.getString(1)),
                                row.getString(2) != null,
                                age(row.getTimestamp(3), row.getTimestamp(5)),
                                Duration.ofMillis(row.getLong(4))),
                        managerStep,
                        otherManagerStep,
                        partitionStepExecutionId)
                .stream()
                .findFirst();
    }

    private static BeatState state(ResultSet row) throws SQLException {
        String owner = row.getString(3);
        return new BeatState(
                row.getLong(1),
                row.getString(6),
                BatchStatus.valueOf(row.getString(2)),
                owner,
                owner == null ? null : age(row.getTimestamp(4), row.getTimestamp(5)));
    }

    private static @Nullable Duration age(Timestamp beat, Timestamp now) {
        if (beat == null || now == null) {
            return null;
        }
        Duration age = Duration.between(beat.toInstant(), now.toInstant());
        return age.isNegative() ? Duration.ZERO : age;
    }

    /**
     * A step execution (ID and name), its status, and its holder with the age of its last beat (both null when
     * unclaimed).
     */
    public record BeatState(
            long stepExecutionId,
            String stepName,
            BatchStatus status,
            @Nullable String owner,
            @Nullable Duration beatAge) {
        public boolean claimed() {
            return owner != null;
        }
    }

    /**
     * What a worker checks before taking a partition: its status, whether its manager holds a beat row, how old
     * that beat is, and after how long the manager counts as gone.
     */
    public record PartitionCheck(
            BatchStatus status,
            boolean managerBeats,
            @Nullable Duration managerAge,
            Duration staleAfter) {
        /** The partition waits for a worker and its manager is alive. */
        public boolean takeable() {
            return status == BatchStatus.STARTING
                    && managerBeats
                    && managerAge != null
                    && managerAge.compareTo(staleAfter) <= 0;
        }
    }
}
