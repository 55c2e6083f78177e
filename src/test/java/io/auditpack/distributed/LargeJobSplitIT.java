package io.auditpack.distributed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.auditpack.cli.AuditpackCli;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * Test (c) of issue 15, level two: one large job ({@code auditpack run --distributed}) whose evidence two worker JVMs
 * prepare by ranges of controls while the manager writes the pack; on the PostgreSQL that {@code AUDITPACK_DB_URL}
 * names ({@code .ci/run} starts one on loopback; skipped without it). The job is the demo's SOC 2 Type II job with
 * its undeclared text evidence grown to about 40 MB. The pack must verify and equal, byte for byte, the pack of a
 * single-process {@code run}; then again with one worker sent SIGTERM in the middle of a range (it hands the range
 * back, the other worker prepares it).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LargeJobSplitIT {
    private static final String AS_OF = "2026-11-29";
    private static final String JOB = "big-soc2-type2-2026";
    private static final Path PACK = Path.of(JOB, JOB + "-v0001.zip");

    private Path root;
    private JarProcess first;
    private JarProcess second;

    @BeforeAll
    void givenALargeJobItsSingleProcessPackAndTwoWorkers(@TempDir Path folder) throws Exception {
        root = folder;
        String url = System.getenv("AUDITPACK_DB_URL");
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            System.out.println(
                    "LargeJobSplitIT skipped: AUDITPACK_DB_URL names no PostgreSQL (.ci/run starts one on loopback)");
        }
        assumeTrue(url != null && url.startsWith("jdbc:postgresql:"), "AUDITPACK_DB_URL names no PostgreSQL");
        assumeTrue(Files.isRegularFile(JarProcess.JAR), JarProcess.JAR + " is not built");
        GeneratedJobs.inputs(root, 1);
        growUndeclaredTextEvidence(root.resolve("input-1"));
        for (String set : List.of("single", "split", "term")) {
            Files.createDirectories(root.resolve(set));
            Files.writeString(
                    root.resolve(set).resolve("job.yaml"),
                    Files.readString(Path.of("jobs", "soc2-type2.yaml"), StandardCharsets.UTF_8)
                            .replace("name: northwind-", "name: big-")
                            .replace("\ninput: input\n", "\ninput: ../input-1\n")
                            .replace("\noutput: output\n", "\noutput: output\n"),
                    StandardCharsets.UTF_8);
        }
        first = worker("worker-a");
        second = worker("worker-b");
        JarProcess single = JarProcess.start(
                root, root.resolve("single.log"), true, "run", job("single"), "--as-of", AS_OF, "--quiet");
        assertThat(single.waitFor()).as(single.output()).isZero();
        assertThat(root.resolve("single/output").resolve(PACK)).isRegularFile();
        first.await("worker-a to start", out -> out.contains("auditpack worker worker-a started"));
        second.await("worker-b to start", out -> out.contains("auditpack worker worker-b started"));
    }

    @Test
    @Order(1)
    void aLargeJobWhoseEvidenceTwoWorkersPreparedEqualsItsSingleProcessPack() throws Exception {
        JarProcess manager = manager("split", "4");

        assertThat(manager.waitFor()).as(manager.output()).isZero();
        String out = manager.output();
        assertThat(out).contains("in 4 range(s) of controls");
        assertThat(rangesPreparedBy("worker-a", out) + rangesPreparedBy("worker-b", out))
                .isEqualTo(4);
        assertThat(rangesPreparedBy("worker-a", out)).isPositive();
        assertThat(rangesPreparedBy("worker-b", out)).isPositive();
        assertSameVerifiedPack("split");
    }

    @Test
    @Order(2)
    void aWorkerSentSigtermInTheMiddleOfARangeHandsItBackAndThePackStaysTheSame() throws Exception {
        int before = first.output().length();
        JarProcess manager = manager("term", "2");
        first.await("worker-a to take a range", out -> out.indexOf("took partition", before) >= 0);
        first.kill("TERM");

        assertThat(first.waitFor()).as(first.output()).isZero();
        assertThat(first.output())
                .containsPattern("auditpack worker worker-a stopped: the job in progress (finished|"
                        + "was stopped and handed back to the manager)");
        assertThat(manager.waitFor()).as(manager.output()).isZero();
        if (first.output().contains("handed back to the manager")) {
            assertThat(manager.output()).contains("sent to the workers again (attempt 1): handed back");
        }
        assertThat(rangesPreparedBy("worker-b", manager.output())).isPositive();
        assertSameVerifiedPack("term");
    }

    @AfterAll
    void stopWorkers() throws Exception {
        for (JarProcess worker : new JarProcess[] {first, second}) {
            if (worker != null) {
                worker.close();
            }
        }
    }

    /** Appends about 256 KiB of log lines to every .log and .md evidence file whose SHA-256 evidence.csv leaves out. */
    private static void growUndeclaredTextEvidence(Path input) throws IOException {
        List<String> rows = Files.readAllLines(input.resolve("evidence.csv"), StandardCharsets.UTF_8);
        int grown = 0;
        for (String row : rows.subList(1, rows.size())) {
            String[] cells = row.split(",", -1);
            if (cells.length < 10 || !cells[9].isEmpty() || !cells[8].matches(".*\\.(log|md)")) {
                continue;
            }
            Path file = input.resolve("evidence").resolve(cells[8]);
            if (!Files.isRegularFile(file)) {
                continue;
            }
            StringBuilder text = new StringBuilder();
            for (int line = 0; text.length() < 256 * 1024; line++) {
                text.append("2026-%02d-%02dT%02d:%02d:00Z host-%d event=%s ok=%b%n"
                        .formatted(
                                1 + line % 12, 1 + line % 28, line % 24, line % 60, line % 17, cells[0], line % 3 > 0));
            }
            Files.writeString(file, "\n" + text, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
            grown++;
        }
        assertThat(grown).as("text evidence files grown").isGreaterThan(100);
    }

    private String job(String set) {
        return root.resolve(set).resolve("job.yaml").toString();
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
                "250ms",
                "--stop-timeout",
                "0s");
    }

    private JarProcess manager(String set, String ranges) throws Exception {
        return JarProcess.start(
                root,
                root.resolve("manager-" + set + ".log"),
                false,
                "run",
                job(set),
                "--distributed",
                "--ranges",
                ranges,
                "--as-of",
                AS_OF,
                "--worker-timeout",
                "6s");
    }

    /** The set's pack verifies and equals the single-process pack byte for byte. */
    private void assertSameVerifiedPack(String set) throws Exception {
        Path pack = root.resolve(set).resolve("output").resolve(PACK);
        StringWriter out = new StringWriter();
        int exit = AuditpackCli.execute(new PrintWriter(out), new PrintWriter(out), "verify", pack.toString());
        assertThat(exit).as(out.toString()).isZero();
        assertThat(Files.readAllBytes(pack))
                .isEqualTo(Files.readAllBytes(root.resolve("single/output").resolve(PACK)));
    }

    private static int rangesPreparedBy(String worker, String out) {
        Matcher m = Pattern.compile("evidence \\d+/\\d+ \\([^)]*\\): prepared by worker " + Pattern.quote(worker))
                .matcher(out);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
