package io.auditpack.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two runs of one job at once, in separate JVMs: the second refuses (with {@code --wait 0}) naming the run that
 * holds the job, a third waits (reporting it) and then finds the content unchanged; exactly one version is
 * published. The first run is paused with SIGSTOP while it holds the job, so the overlap does not depend on timing.
 */
@EnabledOnOs(OS.LINUX)
class ConcurrentRunsEndToEndTest {
    private static final String JOB = "small-soc2-type2";

    @Test
    void aSecondRunOfTheSameJobRefusesOrWaitsAndOnlyOneVersionIsPublished(@TempDir Path folder) throws Exception {
        Scenario scenario = Scenario.copy("small-soc2", folder);
        String job = scenario.job().toString();
        Path lockFile = scenario.output().resolve(".auditpack/locks/" + JOB + ".lock");

        CliProcess first = CliProcess.start(folder, folder.resolve("first.log"), "run", job, "--wait", "0");
        first.await("the first run to hold the job's lock", () -> holds(lockFile, first.pid()));
        first.signal("STOP");
        CliProcess third;
        try {
            CliProcess second = CliProcess.start(folder, folder.resolve("second.log"), "run", job, "--wait", "0");
            int secondExit = second.waitFor();
            assertThat(secondExit).as(second.output()).isEqualTo(1);
            assertThat(second.output())
                    .contains("another run of job " + JOB + " holds its lock")
                    .contains("pid " + first.pid())
                    .contains("this run wrote nothing");

            third = CliProcess.start(folder, folder.resolve("third.log"), "run", job, "--wait", "170s");
            third.await("the third run to report its wait", () -> third.output().contains("waiting up to"));
            assertThat(third.output()).contains("pid " + first.pid());
        } finally {
            first.signal("CONT");
        }

        assertThat(first.waitFor()).as(first.output()).isZero();
        assertThat(first.output()).contains("published").contains(JOB + "-v0001.zip");
        assertThat(third.waitFor()).as(third.output()).isZero();
        assertThat(third.output()).contains("unchanged: the content equals v0001");
        try (var files = Files.list(scenario.output().resolve(JOB))) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".zip")))
                    .containsExactly(JOB + "-v0001.zip");
        }
    }

    private static boolean holds(Path lockFile, long pid) {
        try {
            return Files.exists(lockFile) && Files.readString(lockFile).contains("pid=" + pid + "\n");
        } catch (IOException e) {
            return false;
        }
    }
}
