package io.auditpack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.auditpack.input.JobFileReader;
import io.auditpack.job.LaunchOptions;
import io.auditpack.job.RunLauncher;
import io.auditpack.job.RunObserver;
import io.auditpack.job.RunOutcome;
import io.auditpack.job.RunRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;

/**
 * A run asked to stop while it writes its pack (what the scheduler does when SIGTERM's grace period is over)
 * abandons the pack, ends STOPPED in the run history and publishes nothing.
 */
class RunStopTest {
    @TempDir
    Path output;

    @Test
    void aRunAskedToStopWhileWritingItsPackEndsStoppedAndPublishesNothing() throws Exception {
        Path scenario = Path.of(getClass().getResource("/scenarios/small-soc2").toURI());
        var job = JobFileReader.read(scenario.resolve("jobs/soc2-type2.yaml")).withFolders(null, output);
        RunRequest request = new RunRequest(job, LocalDate.of(2026, 5, 15), "run-to-stop");
        List<String> phases = new ArrayList<>();
        try (var context = BatchContext.open(output)) {
            RunLauncher launcher = context.getBean(RunLauncher.class);
            AtomicBoolean asked = new AtomicBoolean();
            RunObserver stopAtFirstFile = new RunObserver() {
                @Override
                public void phase(String step) {
                    phases.add(step);
                }

                @Override
                public void planned(int files) {}

                @Override
                public void packed(long bytes) {
                    if (asked.compareAndSet(false, true)) {
                        assertThat(launcher.stop("run-to-stop")).isTrue();
                    }
                }
            };

            RunOutcome outcome = launcher.launch(
                    request, null, new LaunchOptions(Duration.ZERO, text -> {}, stopAtFirstFile, "test"));

            assertThat(outcome.kind()).isEqualTo(RunOutcome.Kind.FAILED);
            assertThat(outcome.reason()).contains("asked to stop");
            assertThat(phases).containsExactly("read", "validate", "compute", "assemble");
            JobRepository repository = context.getBean(JobRepository.class);
            JobExecution execution = repository
                    .getJobExecutions(
                            repository.getJobInstances(job.name(), 0, 1).get(0))
                    .get(0);
            assertThat(execution.getStatus()).isEqualTo(BatchStatus.STOPPED);
            assertThat(launcher.stop("run-to-stop")).isFalse();
        }
        try (var left = Files.list(output.resolve(job.name()))) {
            assertThat(left).isEmpty();
        }
    }
}
