package io.auditpack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.auditpack.domain.JobDefinition;
import io.auditpack.input.JobFileReader;
import io.auditpack.job.RunLauncher;
import io.auditpack.job.RunOutcome;
import io.auditpack.job.RunRequest;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.repository.JobRepository;

/** A run's Spring context started while its inputs are read: it writes nothing until the run lets it. */
class ContextStartTest {
    @TempDir
    Path folder;

    @Test
    void aContextStartedAndAbandonedWritesNothingInTheOutputFolder() throws Exception {
        Path output = folder.resolve("output");
        ContextStart start = ContextStart.begin(output, BatchContext.LogSetup.REPORT);

        start.abandon();
        start.awaitEnd();

        assertThat(output).doesNotExist();
    }

    @Test
    void aContextStartedThenOpenedKeepsItsRunHistoryInTheOutputFolder() throws Exception {
        Path output = folder.resolve("output");
        ContextStart start = ContextStart.begin(output, BatchContext.LogSetup.REPORT);
        Thread.sleep(200); // let the start reach the database gate, as it does while big inputs are read
        assertThat(output).doesNotExist();

        try (var context = start.open()) {
            JobDefinition job = smallScenarioJob(output);
            RunOutcome outcome = context.getBean(RunLauncher.class)
                    .launch(new RunRequest(job, LocalDate.of(2026, 5, 15), "early"), null);

            assertThat(outcome.kind()).isEqualTo(RunOutcome.Kind.PUBLISHED);
            assertThat(context.getBean(JobRepository.class).getJobNames()).contains(job.name());
        }
        start.abandon(); // once opened, giving up is a no-op
        assertThat(BatchContext.exists(output)).isTrue();
    }

    @Test
    void theCommandLinesRunStartingItsContextEarlyPublishesAsTheOtherDoes() throws Exception {
        Path output = folder.resolve("output");
        Path job = smallScenarioJob(output).file();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int exit = AuditpackCli.execute(
                new PrintWriter(out, true),
                new PrintWriter(err, true),
                true,
                "run",
                job.toString(),
                "--as-of",
                "2026-05-15",
                "--output",
                output.toString());

        assertThat(exit).as(out + "\n" + err).isZero();
        assertThat(out.toString()).contains("published");
        try (var files = Files.walk(output)) {
            assertThat(files.filter(p -> p.toString().endsWith("-v0001.zip"))).hasSize(1);
        }
    }

    private static JobDefinition smallScenarioJob(Path output) throws Exception {
        Path scenario = Path.of(
                ContextStartTest.class.getResource("/scenarios/small-soc2").toURI());
        return JobFileReader.read(scenario.resolve("jobs/soc2-type2.yaml")).withFolders(null, output);
    }
}
