package io.auditpack.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A damaged run history (the default H2 file truncated, or overwritten with bytes that are not a database): the next
 * run, in a JVM of its own so that everything it prints is seen, names the file, moves it aside, copies what can be
 * read, reports the run records dropped, publishes, and prints no stack trace and no Spring bean; the packs are
 * untouched. A history that cannot be opened at all names the database, not a bean. Failures inside a step print
 * their reason in words, without the stack trace Spring Batch would log (AUDITPACK_DEBUG=1 shows it).
 */
class HistoryDatabaseEndToEndTest {
    private static final String JOB = "small-soc2-type2";

    @TempDir
    Path folder;

    private Scenario scenario;

    @BeforeEach
    void aPublishedFirstVersion() {
        scenario = Scenario.copy("small-soc2", folder.resolve("scenario"));
    }

    private Path history() {
        return scenario.output().resolve(".auditpack/history.mv.db");
    }

    private Path v1() {
        return scenario.output().resolve(JOB).resolve(JOB + "-v0001.zip");
    }

    @Test
    void aTruncatedHistoryIsMovedAsideTheDroppedRunRecordsAreNamedAndTheRunPublishes() throws Exception {
        assumeTrue(System.getenv("AUDITPACK_DB_URL") == null, "the run history is not the H2 file here");
        publishFirstVersion();
        byte[] v1 = Files.readAllBytes(v1());
        try (FileChannel file = FileChannel.open(history(), StandardOpenOption.WRITE)) {
            file.truncate(5000);
        }

        String output = runInItsOwnJvm("run", scenario.job().toString(), "--as-of", "2026-05-20", "--quiet");

        assertThat(output)
                .contains("auditpack: note: the run history " + history() + " was corrupt or truncated (truncated: ")
                .contains("it was moved to history-corrupt-")
                .contains("run records dropped in the recovery: the runs that published " + JOB + " v0001")
                .contains("published output/" + JOB + "/" + JOB + "-v0002.zip")
                .doesNotContain("\tat ")
                .doesNotContain("Exception")
                .doesNotContain("bean");
        assertThat(Files.readAllBytes(v1())).isEqualTo(v1);
        try (Stream<Path> kept = Files.list(history().getParent())) {
            assertThat(kept.map(p -> p.getFileName().toString()))
                    .contains("history.mv.db")
                    .anyMatch(name -> name.matches("history-corrupt-\\d{8}T\\d{6}Z\\.mv\\.db"));
        }
        Cli history = Cli.run("history", JOB, "--output", scenario.output().toString());
        assertThat(history.out()).contains("2 versions", "v0001", "v0002", "runs: 1");
    }

    @Test
    void aHistoryFileThatIsNotADatabaseIsMovedAsideAndHistoryStillListsTheVersions() throws Exception {
        assumeTrue(System.getenv("AUDITPACK_DB_URL") == null, "the run history is not the H2 file here");
        publishFirstVersion();
        byte[] garbage = new byte[20_000];
        new Random(14).nextBytes(garbage);
        Files.write(history(), garbage);

        String output =
                runInItsOwnJvm("history", JOB, "--output", scenario.output().toString());

        assertThat(output)
                .contains("auditpack: note: the run history " + history() + " was corrupt or truncated")
                .contains("the runs that published " + JOB + " v0001")
                .contains("1 version in", "v0001")
                .doesNotContain("\tat ")
                .doesNotContain("Exception");
    }

    @Test
    void aHistoryThatCannotBeOpenedNamesTheDatabaseWithoutItsPasswordNorABean() {
        System.setProperty("auditpack.db.url", "jdbc:postgresql://127.0.0.1:1/auditpack?password=s3cret");
        try {
            Cli run = Cli.run("run", scenario.job().toString(), "--as-of", "2026-05-15");

            assertThat(run.exit()).as(run.toString()).isEqualTo(1);
            assertThat(run.err())
                    .contains("auditpack: the run history at jdbc:postgresql://127.0.0.1:1/auditpack?password=***"
                            + " cannot be opened: Connection to 127.0.0.1:1 refused")
                    .contains("the published packs do not depend on it and were not touched")
                    .doesNotContain("s3cret")
                    .doesNotContain("bean")
                    .doesNotContain("Exception");
        } finally {
            System.clearProperty("auditpack.db.url");
        }
    }

    @Test
    void aFailureInsideAStepIsWordedWithoutAStackTrace() throws Exception {
        Files.createDirectories(scenario.output().resolve(JOB).resolve(JOB + "-v0001.zip.sha256"));

        String output = runInItsOwnJvm("run", scenario.job().toString(), "--as-of", "2026-05-15");

        assertThat(output)
                .contains("auditpack: the run failed: cannot publish version 0001")
                .doesNotContain("\tat ")
                .doesNotContain("Exception")
                .doesNotContain("ERROR");
    }

    private void publishFirstVersion() {
        Cli first = Cli.run("run", scenario.job().toString(), "--as-of", "2026-05-15", "--quiet");
        assertThat(first.exit()).as(first.toString()).isEqualTo(0);
    }

    private String runInItsOwnJvm(String... args) throws InterruptedException, IOException {
        CliProcess process = CliProcess.start(scenario.root(), folder.resolve("process.log"), args);
        int exit = process.waitFor();
        String output = process.output();
        assertThat(exit).as(output).isIn(0, 1);
        return output;
    }
}
