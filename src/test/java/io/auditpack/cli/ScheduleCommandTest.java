package io.auditpack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code schedule} refuses at start-up, before anything runs or is written. */
class ScheduleCommandTest {
    @TempDir
    Path root;

    @Test
    void anInvalidCronIsAnInputErrorNamingFileLineColumnAndValue() throws Exception {
        Path jobs = Files.createDirectories(root.resolve("jobs"));
        Files.writeString(jobs.resolve("nightly.yaml"), """
                name: nightly
                package: soc2-type1
                organization: Example Corp
                system: Example Platform
                as_of: 2026-06-30
                schedule: "0 30 25 * * *"
                """);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int exit = AuditpackCli.execute(
                new PrintWriter(out, true), new PrintWriter(err, true), "schedule", "--jobs", jobs.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString())
                .contains("nightly.yaml")
                .contains("line 6, column 11")
                .contains("0 30 25 * * *")
                .contains("not a valid schedule")
                .contains("nothing was written");
        assertThat(root.resolve("output")).doesNotExist();
    }

    @Test
    void aFolderWhoseJobsHaveNoScheduleIsRefusedSayingSo() throws Exception {
        Path jobs = Files.createDirectories(root.resolve("jobs"));
        Files.writeString(jobs.resolve("once.yaml"), """
                name: once
                package: soc2-type1
                organization: Example Corp
                system: Example Platform
                as_of: 2026-06-30
                """);
        StringWriter err = new StringWriter();

        int exit = AuditpackCli.execute(
                new PrintWriter(new StringWriter(), true),
                new PrintWriter(err, true),
                "schedule",
                "--jobs",
                jobs.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("no job in this folder has a schedule");
    }
}
