package io.auditpack.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real full disk: the output folder on a 4 MB tmpfs and 8 MB of evidence. The run fails with a message naming
 * the folder, removes its staging folder and publishes nothing. Needs the right to mount (root in CI); skipped
 * where mounting is not allowed.
 */
@EnabledOnOs(OS.LINUX)
class FullDiskEndToEndTest {
    private static final String JOB = "small-soc2-type2";

    @TempDir
    Path folder;

    private Path mounted;

    @AfterEach
    void unmount() throws Exception {
        if (mounted != null) {
            new ProcessBuilder("umount", mounted.toString()).inheritIO().start().waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void aRunThatFillsTheDiskFailsNamingTheFolderAndPublishesNothing() throws Exception {
        Path disk = Files.createDirectories(folder.resolve("small-disk"));
        assumeTrue(mount(disk), "cannot mount a tmpfs here (not root, or not allowed)");
        mounted = disk;
        Scenario scenario = Scenario.copy("small-soc2", folder.resolve("scenario"));
        addIncompressibleEvidence(scenario);

        Cli run = Cli.run("run", scenario.job().toString(), "--as-of", "2026-05-15", "--output", disk.toString());

        assertThat(run.exit()).as(run.toString()).isEqualTo(1);
        assertThat(run.err())
                .contains("the disk is full: no space left on device while writing in " + disk.resolve(JOB))
                .contains("no partial pack was published");
        try (var left = Files.list(disk.resolve(JOB))) {
            assertThat(left).isEmpty();
        }
    }

    private static boolean mount(Path target) {
        try {
            Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", target.toString())
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

    private static void addIncompressibleEvidence(Scenario scenario) throws IOException {
        byte[] bytes = new byte[8_000_000];
        new Random(7).nextBytes(bytes);
        try (OutputStream out = Files.newOutputStream(scenario.input("evidence/logs/capture-2026-04.bin"))) {
            out.write(bytes);
        }
        Files.writeString(
                scenario.input("evidence.csv"),
                "EV-12,C-06,Packet capture April,log,2026-04-30,,," + "2026-05-01,logs/capture-2026-04.bin,,,IDS\n",
                StandardOpenOption.APPEND);
    }
}
