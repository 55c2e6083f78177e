package io.auditpack.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.auditpack.input.JobFileReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Executions a dead process left running are closed as FAILED; a run of another output folder is left alone. */
class DeadRunRecoveryTest {
    @TempDir
    Path temp;

    @Test
    void anExecutionLeftRunningInThisOutputFolderIsMarkedFailedSayingItsProcessDied() throws Exception {
        try (ConfigurableApplicationContext context = context()) {
            JobRepository repository = context.getBean(JobRepository.class);
            Path mine = temp.resolve("output");
            Path other = temp.resolve("elsewhere");
            JobExecution dead = startedExecution(repository, mine, "dead-run");
            JobExecution alive = startedExecution(repository, other, "other-folder");

            var done = context.getBean(DeadRunRecovery.class).recover("small-soc2-type2", mine);

            assertThat(done).singleElement().asString().contains("dead-run").contains("FAILED");
            JobExecution recovered = repository.getJobExecution(dead.getId());
            assertThat(recovered.getStatus()).isEqualTo(BatchStatus.FAILED);
            assertThat(recovered.getEndTime()).isNotNull();
            assertThat(recovered.getExitStatus().getExitDescription()).contains("its process ended before the run did");
            assertThat(recovered.getStepExecutions())
                    .extracting(StepExecution::getStatus)
                    .containsOnly(BatchStatus.FAILED);
            assertThat(repository.getJobExecution(alive.getId()).getStatus()).isEqualTo(BatchStatus.STARTED);
        }
    }

    private JobExecution startedExecution(JobRepository repository, Path output, String runId) throws Exception {
        Path scenario = Path.of(getClass().getResource("/scenarios/small-soc2").toURI());
        var job = JobFileReader.read(scenario.resolve("jobs/soc2-type2.yaml")).withFolders(null, output);
        JobParameters parameters = RunParameters.of(new RunRequest(job, LocalDate.of(2026, 5, 15), runId));
        JobInstance instance = repository.createJobInstance(job.name(), parameters);
        JobExecution execution = repository.createJobExecution(instance, parameters, new ExecutionContext());
        execution.setStatus(BatchStatus.STARTED);
        execution.setStartTime(LocalDateTime.now());
        repository.update(execution);
        StepExecution step = repository.createStepExecution("assemble", execution);
        step.setStatus(BatchStatus.STARTED);
        step.setStartTime(LocalDateTime.now());
        repository.update(step);
        return execution;
    }

    private ConfigurableApplicationContext context() {
        return new SpringApplicationBuilder(io.auditpack.AuditpackApplication.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .properties(
                        "spring.datasource.url=jdbc:h2:mem:recovery-" + System.nanoTime(),
                        "spring.batch.jdbc.initialize-schema=always",
                        "spring.batch.job.enabled=false",
                        "logging.level.root=WARN")
                .run();
    }
}
