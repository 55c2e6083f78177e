package io.auditpack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Without PostgreSQL, the distributed commands are usage errors that say what to configure, and write nothing. */
class DistributedUsageTest {
    private static final String URL_PROPERTY = "auditpack.db.url";

    @TempDir
    Path folder;

    private String saved;

    @BeforeEach
    void givenNoDatabaseConfigured() {
        saved = System.getProperty(URL_PROPERTY);
        System.setProperty(URL_PROPERTY, ""); // blank: the embedded H2, whatever the environment says
    }

    @AfterEach
    void restore() {
        if (saved == null) {
            System.clearProperty(URL_PROPERTY);
        } else {
            System.setProperty(URL_PROPERTY, saved);
        }
    }

    @Test
    void runAllDistributedWithoutPostgresIsAUsageErrorNamingTheSettingsAndWritesNothing() throws Exception {
        StringWriter err = new StringWriter();

        int exit = AuditpackCli.execute(
                new PrintWriter(new StringWriter()),
                new PrintWriter(err),
                "run-all",
                "--distributed",
                "--jobs",
                Path.of("jobs").toAbsolutePath().toString());

        assertThat(exit).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString())
                .contains("run-all --distributed needs the run history in PostgreSQL")
                .contains("AUDITPACK_DB_URL=jdbc:postgresql://HOST:5432/DATABASE")
                .contains("AUDITPACK_DB_USER")
                .contains("AUDITPACK_DB_PASSWORD");
        try (Stream<Path> written = Files.list(folder)) {
            assertThat(written).isEmpty();
        }
    }

    @Test
    void aWorkerWithoutPostgresIsAUsageError() {
        StringWriter err = new StringWriter();

        int exit = AuditpackCli.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), "worker");

        assertThat(exit).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("worker needs the run history in PostgreSQL");
    }

    @Test
    void aWorkerTimeoutWithoutDistributedIsAUsageError() {
        StringWriter err = new StringWriter();

        int exit = AuditpackCli.execute(
                new PrintWriter(new StringWriter()), new PrintWriter(err), "run-all", "--worker-timeout", "30s");

        assertThat(exit).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("--worker-timeout takes a positive duration and goes with --distributed");
    }

    @Test
    void runDistributedWithoutPostgresIsAUsageErrorAndPublishesNothing() throws Exception {
        StringWriter err = new StringWriter();
        Path output = folder.resolve("output");

        int exit = AuditpackCli.execute(
                new PrintWriter(new StringWriter()),
                new PrintWriter(err),
                "run",
                Path.of("jobs", "soc2-type2.yaml").toAbsolutePath().toString(),
                "--output",
                output.toString(),
                "--distributed");

        assertThat(exit).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString())
                .contains("run --distributed needs the run history in PostgreSQL")
                .contains("AUDITPACK_DB_URL=jdbc:postgresql://HOST:5432/DATABASE");
        assertThat(output).doesNotExist();
    }

    @Test
    void rangesWithoutDistributedIsAUsageError() {
        StringWriter err = new StringWriter();

        int exit = AuditpackCli.execute(
                new PrintWriter(new StringWriter()),
                new PrintWriter(err),
                "run",
                Path.of("jobs", "soc2-type2.yaml").toAbsolutePath().toString(),
                "--ranges",
                "4");

        assertThat(exit).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("--ranges and --worker-timeout go with --distributed");
    }
}
