package io.auditpack.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.auditpack.pack.verify.PackVerifier;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * A version appears whole or not at all: its ZIP and its {@code .sha256} together or neither. The disk is filled at
 * every write of a publish: the output folder on a small tmpfs, filled with a ballast file so that only 0, 4, 8...
 * KiB are free, one run per level, until a run publishes. After every run: no ZIP without its sidecar, no sidecar
 * without its ZIP, no staging left, the earlier version untouched, the message plain (the disk is full, nothing was
 * published). The run history lives outside the small disk so that each level reaches the pack's own writes. Needs
 * the right to mount (root in CI); skipped where mounting is not allowed.
 */
@EnabledOnOs(OS.LINUX)
class PartialPublishEndToEndTest {
    private static final String JOB = "small-soc2-type2";
    private static final int PAGE = 4096;

    @TempDir
    Path folder;

    private Path mounted;

    @BeforeEach
    void historyOutsideTheSmallDisk() {
        System.setProperty("auditpack.db.url", "jdbc:h2:file:" + folder.resolve("history") + ";AUTO_SERVER=TRUE");
    }

    @AfterEach
    void unmount() throws Exception {
        System.clearProperty("auditpack.db.url");
        if (mounted != null) {
            new ProcessBuilder("umount", mounted.toString()).inheritIO().start().waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void aFolderAtTheSidecarsNameFailsTheRunWithOneStoryAndNoVersionAppears() throws IOException {
        Scenario scenario = Scenario.copy("small-soc2", folder.resolve("scenario"));
        Path sidecar = Files.createDirectories(scenario.output().resolve(JOB).resolve(JOB + "-v0001.zip.sha256"));

        Cli run = Cli.run("run", scenario.job().toString(), "--as-of", "2026-05-15");

        assertThat(run.exit()).as(run.toString()).isEqualTo(1);
        assertThat(run.err())
                .contains("cannot publish version 0001: " + sidecar + " already exists (a folder) without " + JOB
                        + "-v0001.zip beside it")
                .contains("no partial pack was published")
                .doesNotContain("is published");
        assertThat(names(scenario.output().resolve(JOB))).containsExactly(JOB + "-v0001.zip.sha256");
        assertThat(sidecar).isEmptyDirectory();
    }

    @Test
    void aDiskFilledAtEveryWriteOfAPublishNeverShowsAVersionWithoutItsSidecar() throws Exception {
        Path disk = Files.createDirectories(folder.resolve("small-disk"));
        assumeTrue(mount(disk), "cannot mount a tmpfs here (not root, or not allowed)");
        mounted = disk;
        Scenario scenario = Scenario.copy("small-soc2", folder.resolve("scenario"));

        List<Long> first = fillAtEveryWrite(scenario, disk, List.of());
        Path v1 = disk.resolve(JOB).resolve(JOB + "-v0001.zip");
        byte[] v1Bytes = Files.readAllBytes(v1);
        Files.writeString(
                scenario.input("evidence.csv"),
                "EV-99,C-01,One more record,record,2026-04-02,,,,,,,Jira\n",
                StandardOpenOption.APPEND);
        List<Long> second = fillAtEveryWrite(scenario, disk, List.of(JOB + "-v0001.zip", JOB + "-v0001.zip.sha256"));
        Path v2 = disk.resolve(JOB).resolve(JOB + "-v0002.zip");

        assertThat(Files.readAllBytes(v1))
                .as("v0001 untouched by the failed runs")
                .isEqualTo(v1Bytes);
        assertThat(first).as("levels that failed before v0001 was published").hasSizeGreaterThan(3);
        assertThat(second).as("levels that failed before v0002 was published").hasSizeGreaterThan(3);
        assertThat(first.get(first.size() - 1))
                .as("a level where the ZIP fitted and its sidecar did not")
                .isGreaterThanOrEqualTo(Files.size(v1));
        assertThat(second.get(second.size() - 1)).isGreaterThanOrEqualTo(Files.size(v2));
        assertThat(new PackVerifier().verify(v2).problems()).isEmpty();
    }

    /**
     * Runs the job with 0, 4, 8... KiB free until it publishes; returns the free bytes of each failed level. Before each
     * run, the disk holds only {@code kept} (and the state folder); after it, the job folder holds {@code kept} (a
     * failed run) or {@code kept} plus one whole new version with its sidecar.
     */
    private List<Long> fillAtEveryWrite(Scenario scenario, Path disk, List<String> kept) throws Exception {
        List<Long> failures = new ArrayList<>();
        for (long free = 0; ; free += PAGE) {
            Path ballast = disk.resolve("ballast");
            Files.deleteIfExists(ballast);
            fill(ballast, Files.getFileStore(disk).getUsableSpace() - free);

            Cli run = Cli.run(
                    "run", scenario.job().toString(), "--as-of", "2026-05-15", "--output", disk.toString(), "--quiet");

            Files.delete(ballast);
            List<String> names = names(disk.resolve(JOB));
            assertThat(run.all()).as(run.toString()).doesNotContain("Exception").doesNotContain("\tat ");
            if (run.exit() == 0) {
                assertThat(names).as(run.toString()).containsAll(kept).hasSize(kept.size() + 2);
                List<String> added = new ArrayList<>(names);
                added.removeAll(kept);
                assertThat(added.get(1)).isEqualTo(added.get(0) + ".sha256");
                return failures;
            }
            assertThat(run.exit()).as(run.toString()).isEqualTo(1);
            assertThat(run.err())
                    .as(run.toString())
                    .contains("the disk is full: no space left on device while writing in " + disk)
                    .contains("no partial pack was published");
            assertThat(names).as("free %d bytes: %s", free, run).containsExactlyInAnyOrderElementsOf(kept);
            failures.add(free);
            assertThat(free).as("a run publishes once there is room").isLessThan(4L << 20);
        }
    }

    private static void fill(Path ballast, long bytes) throws IOException {
        byte[] block = new byte[1 << 16];
        try (OutputStream out = Files.newOutputStream(ballast)) {
            for (long left = bytes; left > 0; left -= block.length) {
                out.write(block, 0, (int) Math.min(block.length, left));
            }
        }
    }

    private static List<String> names(Path jobFolder) throws IOException {
        if (!Files.isDirectory(jobFolder, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(jobFolder)) {
            return files.map(p -> p.getFileName().toString())
                    .sorted(Comparator.naturalOrder())
                    .toList();
        }
    }

    private static boolean mount(Path target) {
        try {
            Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", target.toString())
                    .redirectErrorStream(true)
                    .start();
            mount.getInputStream().readAllBytes();
            return mount.waitFor(30, TimeUnit.SECONDS) && mount.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
