package io.auditpack.distributed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.auditpack.cli.AuditpackCli;
import io.auditpack.guard.JobLock;
import io.auditpack.guard.LockHolder;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run-all --distributed} with a manager and two worker JVMs from the built jar, on the PostgreSQL that
 * {@code AUDITPACK_DB_URL} names ({@code .ci/run} starts one on loopback; skipped without it). 20 jobs generated from
 * the demo (four organisations, five package types each, management reviews after the others) run once in a
 * single process (the run history in H2) as the reference; then (a) distributed over both workers, and (b) again
 * with one worker SIGKILLed in the middle of a job. Every pack must verify and equal the reference byte for byte.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DistributedRunAllIT {
    private static final int ORGANISATIONS = 4;
    private static final String AS_OF = "2026-11-29";

    private Path root;

    private JarProcess first;
    private JarProcess second;
    private List<Path> reference;

    @BeforeAll
    void givenReferencePacksAndTwoWorkers(@TempDir Path folder) throws Exception {
        root = folder;
        String url = System.getenv("AUDITPACK_DB_URL");
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            System.out.println(
                    "DistributedRunAllIT skipped: AUDITPACK_DB_URL names no PostgreSQL (.ci/run starts one on loopback)");
        }
        assumeTrue(url != null && url.startsWith("jdbc:postgresql:"), "AUDITPACK_DB_URL names no PostgreSQL");
        assumeTrue(Files.isRegularFile(JarProcess.JAR), JarProcess.JAR + " is not built");
        GeneratedJobs.inputs(root, ORGANISATIONS);
        first = worker("worker-a");
        second = worker("worker-b");
        Path jobs = GeneratedJobs.jobs(root, "single", ORGANISATIONS);
        JarProcess single = JarProcess.start(
                root,
                root.resolve("single.log"),
                true,
                "run-all",
                "--jobs",
                jobs.toString(),
                "--as-of",
                AS_OF,
                "--quiet");
        assertThat(single.waitFor()).as(single.output()).isZero();
        reference = GeneratedJobs.packs(root.resolve("single"));
        assertThat(reference).hasSize(5 * ORGANISATIONS);
        first.await("worker-a to start", out -> out.contains("auditpack worker worker-a started"));
        second.await("worker-b to start", out -> out.contains("auditpack worker worker-b started"));
    }

    @Test
    @Order(1)
    void everyJobRunsOnOneOfBothWorkersAndEachPackEqualsTheSingleProcessPack() throws Exception {
        JarProcess manager = manager("a");

        assertThat(manager.waitFor()).as(manager.output()).isZero();
        String out = manager.output();
        assertThat(out).contains("20 job(s): 20 published, 0 unchanged, 0 failed");
        assertThat(partitionsTakenBy("worker-a", out)).isPositive();
        assertThat(partitionsTakenBy("worker-b", out)).isPositive();
        assertThat(partitionsTakenBy("worker-a", out) + partitionsTakenBy("worker-b", out))
                .isEqualTo(20);
        assertSameVerifiedPacks(root.resolve("a"));
        assertThat(out.indexOf("org1-management-review-2026: published"))
                .isGreaterThan(out.indexOf("org1-soc2-type2-2026: published"));
    }

    @Test
    @Order(2)
    void aWorkerKilledInTheMiddleOfAJobIsReplacedAndThePacksStayTheSame() throws Exception {
        int before = second.output().length();
        JarProcess manager = manager("b");
        second.await("worker-b to take a job", out -> out.indexOf("took partition", before) >= 0);
        second.kill("KILL");

        assertThat(manager.waitFor()).as(manager.output()).isZero();
        String out = manager.output();
        // the killed job published nothing yet, or it had: then its second attempt says unchanged
        assertThat(out).containsPattern("20 job\\(s\\): \\d+ published, \\d+ unchanged, 0 failed");
        assertThat(out).contains("sent to the workers again (attempt 2): worker worker-b stopped sending heartbeats");
        assertThat(out).contains("(worker worker-a, attempt 2)");
        assertSameVerifiedPacks(root.resolve("b"));
    }

    @Test
    @Order(3)
    void aJobThatFailsTwiceFailsTheRunWithTheReasonOfEachAttemptWhileTheOtherJobsPublish() throws Exception {
        Path jobs = GeneratedJobs.jobs(root, "c", 1);
        Path output = root.resolve("c").resolve("output-1");
        try (JobLock held = JobLock.acquire(
                "org1-soc2-type1", output, LockHolder.thisProcess("test-run", "test"), Duration.ZERO, notice -> {})) {
            JarProcess manager = JarProcess.start(
                    root,
                    root.resolve("manager-c.log"),
                    false,
                    "run-all",
                    "--distributed",
                    "--jobs",
                    jobs.toString(),
                    "--as-of",
                    AS_OF,
                    "--wait",
                    "0");

            assertThat(manager.waitFor()).as(manager.output()).isEqualTo(1);
            String out = manager.output();
            assertThat(out)
                    .contains("auditpack: org1-soc2-type1 failed 2 time(s), so the run fails:")
                    .contains("  attempt 1: another run of job org1-soc2-type1 holds its lock")
                    .contains("  attempt 2: another run of job org1-soc2-type1 holds its lock")
                    .contains("5 job(s): 4 published, 0 unchanged, 1 failed");
        }
        assertThat(output.resolve("org1-soc2-type1")).doesNotExist();
        assertThat(GeneratedJobs.packs(root.resolve("c"))).hasSize(4);
    }

    @Test
    @Order(4)
    void aWorkerAskedToStopWithNothingInProgressEndsWithStatusZero() throws Exception {
        first.kill("TERM");

        assertThat(first.waitFor()).as(first.output()).isZero();
        assertThat(first.output()).contains("auditpack worker worker-a stopped: no job was in progress");
    }

    @AfterAll
    void stopWorkers() throws Exception {
        for (JarProcess worker : new JarProcess[] {first, second}) {
            if (worker != null) {
                worker.close();
            }
        }
    }

    private JarProcess worker(String name) throws Exception {
        return JarProcess.start(
                root,
                root.resolve(name + ".log"),
                false,
                "worker",
                "--name",
                name,
                "--heartbeat",
                "1s",
                "--poll",
                "250ms");
    }

    private JarProcess manager(String set) throws Exception {
        Path jobs = GeneratedJobs.jobs(root, set, ORGANISATIONS);
        return JarProcess.start(
                root,
                root.resolve("manager-" + set + ".log"),
                false,
                "run-all",
                "--distributed",
                "--jobs",
                jobs.toString(),
                "--as-of",
                AS_OF,
                "--worker-timeout",
                "6s");
    }

    /** Every pack of the set verifies, and the set holds exactly the reference's packs, byte for byte. */
    private void assertSameVerifiedPacks(Path set) throws Exception {
        List<Path> packs = GeneratedJobs.packs(set);
        assertThat(packs).isEqualTo(reference);
        for (Path pack : packs) {
            StringWriter out = new StringWriter();
            int exit = AuditpackCli.execute(
                    new PrintWriter(out),
                    new PrintWriter(out),
                    "verify",
                    set.resolve(pack).toString());
            assertThat(exit).as(out.toString()).isZero();
            assertThat(Files.readAllBytes(set.resolve(pack)))
                    .as(pack.toString())
                    .isEqualTo(Files.readAllBytes(root.resolve("single").resolve(pack)));
        }
    }

    private static int partitionsTakenBy(String worker, String out) {
        Matcher m =
                Pattern.compile("\\(worker " + Pattern.quote(worker) + "[,)]").matcher(out);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
