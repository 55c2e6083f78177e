package io.auditpack.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code schedule} in a JVM of its own, with a cron firing every two seconds: it publishes v0001, publishes v0002
 * once an input changes, publishes nothing more while the inputs stay as they are, lets {@code history},
 * {@code verify} and a hand-started {@code run} work beside it (the database is shared), and stops cleanly on
 * SIGTERM.
 */
@EnabledOnOs(OS.LINUX)
class ScheduleEndToEndTest {
    private static final String JOB = "small-soc2-type2";
    private static final Pattern UNCHANGED_V2 = Pattern.compile("unchanged: the content equals v0002");

    @Test
    void theSchedulerPublishesOnChangeOnlySharesItsDatabaseAndStopsCleanlyOnSigterm(@TempDir Path folder)
            throws Exception {
        Scenario scenario = Scenario.copy("small-soc2", folder);
        Files.writeString(
                scenario.job(),
                Files.readString(scenario.job()).replace("input: input", "schedule: \"*/2 * * * * *\"\ninput: input"));
        Path jobFolder = scenario.output().resolve(JOB);
        Path v1 = jobFolder.resolve(JOB + "-v0001.zip");
        Path v2 = jobFolder.resolve(JOB + "-v0002.zip");

        CliProcess scheduler = CliProcess.start(folder, folder.resolve("schedule.log"), "schedule", "--jobs", "jobs");
        try {
            scheduler.await("v0001 published", () -> Files.exists(v1.resolveSibling(v1.getFileName() + ".sha256")));

            Cli history = Cli.run("history", scenario.job().toString());
            assertThat(history.exit()).as(history.toString()).isZero();
            assertThat(history.out()).contains("v0001").contains("COMPLETED");
            Cli verify = Cli.run("verify", v1.toString());
            assertThat(verify.exit()).as(verify.toString()).isZero();
            Cli byHand = Cli.run("run", scenario.job().toString(), "--wait", "120s");
            assertThat(byHand.exit()).as(byHand.toString()).isZero();
            assertThat(byHand.out()).contains("unchanged");

            Files.writeString(
                    scenario.input("evidence/scans/scan-2026-05.txt"),
                    "re-run on 2026-05-22\n",
                    StandardOpenOption.APPEND);
            scheduler.await("v0002 published", () -> Files.exists(v2.resolveSibling(v2.getFileName() + ".sha256")));
            scheduler.await(
                    "two unchanged runs after v0002",
                    () -> UNCHANGED_V2.matcher(scheduler.output()).results().count() >= 2);
            assertThat(jobFolder.resolve(JOB + "-v0003.zip")).doesNotExist();
        } finally {
            scheduler.process().destroy();
        }
        int exit = scheduler.waitFor();

        assertThat(exit).as(scheduler.output()).isZero();
        assertThat(scheduler.output())
                .contains("stop requested (SIGTERM)")
                .contains("auditpack schedule stopped")
                .contains("published v0001")
                .contains("published v0002");
        assertThat(jobFolder.resolve(JOB + "-v0003.zip")).doesNotExist();
        try (var left = Files.list(jobFolder)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(name -> name.startsWith(".staging-"));
        }
        assertThat(Cli.run("verify", v2.toString()).exit()).isZero();
    }
}
