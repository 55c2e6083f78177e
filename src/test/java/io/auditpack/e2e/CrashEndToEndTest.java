package io.auditpack.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * A large run killed with SIGKILL at several points (holding the lock before any step, while the pack is staged,
 * in the middle of writing the ZIP) leaves only whole packs and no lock that blocks; the next run cleans up and
 * completes by itself, and the run history shows the dead runs as FAILED.
 */
@EnabledOnOs(OS.LINUX)
class CrashEndToEndTest {
    private static final String JOB = "small-soc2-type2";
    private static final int BIG_FILE_MB = 24;

    @Test
    void killedRunsLeaveOnlyWholePacksAndTheNextRunCompletesByItself(@TempDir Path folder) throws Exception {
        Scenario scenario = Scenario.copy("small-soc2", folder);
        addBigEvidence(scenario);
        Path jobFolder = scenario.output().resolve(JOB);
        Path lockFile = scenario.output().resolve(".auditpack/locks/" + JOB + ".lock");

        killWhen(folder, scenario, "the lock is held", pid -> contains(lockFile, "pid=" + pid + "\n"));
        assertOnlyWholePacks(jobFolder);
        killWhen(
                folder,
                scenario,
                "the pack is being staged",
                pid -> staging(jobFolder).isPresent());
        assertOnlyWholePacks(jobFolder);
        killWhen(
                folder,
                scenario,
                "the staged ZIP is half written",
                pid -> staging(jobFolder)
                        .flatMap(CrashEndToEndTest::stagedZip)
                        .map(CrashEndToEndTest::size)
                        .filter(bytes -> bytes > 2_000_000L)
                        .isPresent());
        assertOnlyWholePacks(jobFolder);

        CliProcess last = CliProcess.start(
                folder, folder.resolve("last.log"), "run", scenario.job().toString(), "--wait", "0");
        assertThat(last.waitFor()).as(last.output()).isZero();
        assertThat(last.output())
                .contains("published")
                .contains(JOB + "-v0001.zip")
                .contains("removed .staging-")
                .contains("FAILED: its process ended before the run did");
        assertOnlyWholePacks(jobFolder);
        assertThat(staging(jobFolder)).isEmpty();
        assertThat(jobFolder.resolve(JOB + "-v0001.zip")).isRegularFile();
        Cli history = Cli.run("history", scenario.job().toString());
        assertThat(history.out())
                .as(history.toString())
                .contains("FAILED")
                .contains("COMPLETED")
                .contains("its process ended before the run did");
    }

    private static void killWhen(Path folder, Scenario scenario, String moment, Predicate<Long> reached)
            throws InterruptedException {
        CliProcess run = CliProcess.start(
                folder,
                folder.resolve("killed-" + moment.hashCode() + ".log"),
                "run",
                scenario.job().toString(),
                "--wait",
                "60s");
        try {
            run.await(moment, () -> reached.test(run.pid()));
        } finally {
            run.process().destroyForcibly();
        }
        run.waitFor();
        assertThat(run.output()).as("killed before publishing: " + moment).doesNotContain("published ");
    }

    private static void assertOnlyWholePacks(Path jobFolder) throws IOException {
        if (!Files.isDirectory(jobFolder)) {
            return;
        }
        try (Stream<Path> files = Files.list(jobFolder)) {
            List<Path> visible = files.filter(p -> !p.getFileName().toString().startsWith("."))
                    .toList();
            for (Path file : visible) {
                assertThat(file.getFileName().toString()).matches(JOB + "-v\\d{4}\\.zip(\\.sha256)?");
                if (file.toString().endsWith(".zip")) {
                    Cli verify = Cli.run("verify", file.toString());
                    assertThat(verify.exit()).as(verify.toString()).isZero();
                }
            }
        }
    }

    /** A 24 MB text log as evidence of C-06: enough for the run to spend seconds writing the pack. */
    private static void addBigEvidence(Scenario scenario) throws IOException {
        Path big = scenario.input("evidence/logs/siem-export-2026-04.log");
        Random random = new Random(42);
        char[] line = new char[100];
        try (BufferedWriter out = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
            for (int i = 0; i < BIG_FILE_MB * 10_000; i++) {
                for (int c = 0; c < line.length - 1; c++) {
                    line[c] = (char) ('a' + random.nextInt(26));
                }
                line[line.length - 1] = '\n';
                out.write(line);
            }
        }
        Files.writeString(
                scenario.input("evidence.csv"),
                "EV-12,C-06,SIEM export April,log,2026-04-30,,," + "2026-05-01,logs/siem-export-2026-04.log,,,SIEM\n",
                StandardOpenOption.APPEND);
    }

    private static Optional<Path> staging(Path jobFolder) {
        if (!Files.isDirectory(jobFolder)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(jobFolder)) {
            return files.filter(p -> p.getFileName().toString().startsWith(".staging-"))
                    .findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<Path> stagedZip(Path staging) {
        try (Stream<Path> files = Files.list(staging)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".zip"))
                    .findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static boolean contains(Path file, String text) {
        try {
            return Files.exists(file) && Files.readString(file).contains(text);
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }
}
