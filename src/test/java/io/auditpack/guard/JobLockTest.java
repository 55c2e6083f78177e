package io.auditpack.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobLockTest {
    @TempDir
    Path output;

    @Test
    void theHolderWritesItsPidHostAndRunIntoTheLockFileAndClearsThemOnRelease() throws Exception {
        LockHolder me = LockHolder.thisProcess("run-1", "run");
        try (JobLock lock = JobLock.acquire("soc2", output, me, Duration.ZERO, text -> {})) {
            assertThat(lock.file()).isEqualTo(output.resolve(".auditpack/locks/soc2.lock"));
            assertThat(LockHolder.parse(Files.readString(lock.file()))).contains(me);
        }
        assertThat(Files.readString(JobLock.fileOf(output, "soc2"))).isEmpty();
    }

    @Test
    void aSecondRunWithoutWaitIsRefusedWithAMessageNamingTheHolder() throws Exception {
        LockHolder first = LockHolder.thisProcess("run-1", "schedule");
        try (JobLock held = JobLock.acquire("soc2", output, first, Duration.ZERO, text -> {})) {
            assertThatThrownBy(() -> JobLock.acquire(
                            "soc2", output, LockHolder.thisProcess("run-2", "run"), Duration.ZERO, text -> {}))
                    .isInstanceOf(JobBusyException.class)
                    .hasMessageContaining("another run of job soc2 holds its lock")
                    .hasMessageContaining("pid " + first.pid())
                    .hasMessageContaining("run run-1, schedule")
                    .hasMessageContaining("not waiting");
        }
    }

    @Test
    void aSecondRunWaitsReportsItsWaitAndGetsTheLockOnceReleased() throws Exception {
        JobLock held =
                JobLock.acquire("soc2", output, LockHolder.thisProcess("run-1", "run"), Duration.ZERO, text -> {});
        List<String> notices = new ArrayList<>();
        CompletableFuture<JobLock> second = CompletableFuture.supplyAsync(() -> {
            try {
                return JobLock.acquire(
                        "soc2", output, LockHolder.thisProcess("run-2", "run"), Duration.ofSeconds(60), notices::add);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        while (notices.isEmpty()) {
            Thread.sleep(20);
        }
        held.close();
        try (JobLock taken = second.get(60, TimeUnit.SECONDS)) {
            assertThat(notices)
                    .singleElement()
                    .asString()
                    .startsWith("waiting up to 60 s for the run of soc2")
                    .contains("run run-1");
            assertThat(Files.readString(taken.file())).contains("run=run-2");
        }
    }

    @Test
    void aWaitThatRunsOutEndsInARefusalSayingHowLongItWaited() throws Exception {
        try (JobLock held =
                JobLock.acquire("soc2", output, LockHolder.thisProcess("run-1", "run"), Duration.ZERO, text -> {})) {
            assertThatThrownBy(() -> JobLock.acquire(
                            "soc2", output, LockHolder.thisProcess("run-2", "run"), Duration.ofMillis(400), text -> {}))
                    .isInstanceOf(JobBusyException.class)
                    .hasMessageContaining("waited 0 s");
        }
    }

    @Test
    void locksOfDifferentJobsAreIndependent() throws Exception {
        try (JobLock a = JobLock.acquire("a", output, LockHolder.thisProcess("r1", "run"), Duration.ZERO, t -> {});
                JobLock b = JobLock.acquire("b", output, LockHolder.thisProcess("r2", "run"), Duration.ZERO, t -> {})) {
            assertThat(a.file()).isNotEqualTo(b.file());
        }
    }

    @Test
    void aLockFileLeftWithTheDetailsOfADeadHolderDoesNotBlock() throws Exception {
        Path file = JobLock.fileOf(output, "soc2");
        Files.createDirectories(file.getParent());
        Files.writeString(file, LockHolder.thisProcess("dead-run", "run").format());
        try (JobLock lock =
                JobLock.acquire("soc2", output, LockHolder.thisProcess("run-2", "run"), Duration.ZERO, text -> {})) {
            assertThat(Files.readString(lock.file())).contains("run=run-2").doesNotContain("dead-run");
        }
    }
}
