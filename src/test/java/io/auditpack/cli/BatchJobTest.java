package io.auditpack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.auditpack.catalog.Catalog;
import io.auditpack.domain.Finding;
import io.auditpack.domain.InputSet;
import io.auditpack.domain.JobDefinition;
import io.auditpack.domain.SourceRef;
import io.auditpack.input.InputLoader;
import io.auditpack.input.JobFileReader;
import io.auditpack.job.PackJob;
import io.auditpack.job.RunLauncher;
import io.auditpack.job.RunOutcome;
import io.auditpack.job.RunParameters;
import io.auditpack.job.RunRequest;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

/** The Spring Batch job of a run, on its JDBC job repository in an H2 file under the output folder. */
class BatchJobTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 5, 15);

    @TempDir
    Path output;

    @Test
    void aRunIsAJobNamedAfterTheAuditpackJobWhoseFiveStepsCompleteAndRecordTheOutcome() throws Exception {
        JobDefinition job = smallScenarioJob();
        try (var context = BatchContext.open(output)) {
            RunOutcome outcome = context.getBean(RunLauncher.class).launch(new RunRequest(job, AS_OF, "run-1"), null);

            assertThat(outcome.kind()).isEqualTo(RunOutcome.Kind.PUBLISHED);
            JobExecution execution = onlyExecution(context.getBean(JobRepository.class), job.name());
            assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(execution.getStepExecutions())
                    .extracting(StepExecution::getStepName)
                    .containsExactly("read", "validate", "compute", "assemble", "publish");
            assertThat(execution.getStepExecutions())
                    .extracting(StepExecution::getStatus)
                    .containsOnly(BatchStatus.COMPLETED);
            assertThat(execution.getExecutionContext().getString("outcome")).isEqualTo("published");
            assertThat(execution.getExecutionContext().getInt("version")).isEqualTo(1);
            assertThat(execution.getJobParameters().getLocalDate("as_of")).isEqualTo(AS_OF);
        }
        assertThat(BatchContext.exists(output)).isTrue();
        assertThat(output.resolve(job.name()).resolve(job.name() + "-v0001.zip"))
                .isRegularFile();
    }

    @Test
    void aRunStartedFromItsJobParametersAloneRebuildsItsWorkspaceFromTheJobFile() throws Exception {
        JobDefinition job = smallScenarioJob();
        try (var context = BatchContext.open(output)) {
            JobRepository repository = context.getBean(JobRepository.class);
            JobExecution execution = context.getBean(JobOperator.class)
                    .start(
                            context.getBean(PackJob.class)
                                    .of(PackJob.workspaceOf(
                                            RunParameters.of(new RunRequest(job, AS_OF, "restarted-elsewhere")))),
                            RunParameters.of(new RunRequest(job, AS_OF, "restarted-elsewhere")));

            assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(execution.getExecutionContext().getString("outcome")).isEqualTo("published");
        }
        assertThat(output.resolve(job.name()).resolve(job.name() + "-v0001.zip"))
                .isRegularFile();
    }

    @Test
    void inputsWithAnErrorFailTheValidateStepAndPublishNothing() throws Exception {
        JobDefinition job = smallScenarioJob();
        InputSet read = InputLoader.load(job.input(), Catalog.builtIn());
        List<Finding> findings = new ArrayList<>(read.findings());
        findings.add(Finding.error(
                "input.bad_date", new SourceRef("evidence.csv", 4), "performed_on", "2026-02-30", "not a real date"));
        InputSet broken = new InputSet(
                read.controls(),
                read.mappings(),
                read.evidence(),
                read.applicability(),
                read.scope(),
                read.evidenceRoot(),
                read.evidenceFiles(),
                read.controlExtraColumns(),
                read.mappingExtraColumns(),
                read.evidenceExtraColumns(),
                findings);
        try (var context = BatchContext.open(output)) {
            RunOutcome outcome = context.getBean(RunLauncher.class).launch(new RunRequest(job, AS_OF, "run-2"), broken);

            assertThat(outcome.kind()).isEqualTo(RunOutcome.Kind.REJECTED);
            assertThat(outcome.errors()).extracting(Finding::value).containsExactly("2026-02-30");
            JobExecution execution = onlyExecution(context.getBean(JobRepository.class), job.name());
            assertThat(execution.getStatus()).isEqualTo(BatchStatus.FAILED);
            assertThat(execution.getStepExecutions())
                    .extracting(StepExecution::getStepName)
                    .containsExactly("read", "validate");
        }
        assertThat(output.resolve(job.name())).doesNotExist();
    }

    private JobDefinition smallScenarioJob() throws Exception {
        Path scenario = Path.of(getClass().getResource("/scenarios/small-soc2").toURI());
        return JobFileReader.read(scenario.resolve("jobs/soc2-type2.yaml")).withFolders(null, output);
    }

    private static JobExecution onlyExecution(JobRepository repository, String name) {
        var instances = repository.getJobInstances(name, 0, 10);
        assertThat(instances).hasSize(1);
        List<JobExecution> executions = repository.getJobExecutions(instances.get(0));
        assertThat(executions).hasSize(1);
        return executions.get(0);
    }
}
