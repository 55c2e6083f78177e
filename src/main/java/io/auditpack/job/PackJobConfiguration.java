package io.auditpack.job;

import io.auditpack.job.assemble.AssemblePack;
import io.auditpack.job.compute.ComputeAudit;
import io.auditpack.job.publish.PublishPack;
import io.auditpack.job.read.ReadInputs;
import io.auditpack.job.validate.ValidateInputs;
import io.auditpack.pack.PackBuilder;
import io.auditpack.pack.Publisher;
import io.auditpack.report.Reports;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/** Wires the five steps of a run and the publisher they share. No {@code @EnableBatchProcessing}: see the README. */
@Configuration(proxyBeanMethods = false)
class PackJobConfiguration {

    @Bean
    Publisher publisher() {
        return new Publisher(new PackBuilder(Reports.all()));
    }

    @Bean
    PackSteps packSteps(JobRepository repository, PlatformTransactionManager transactions, RunRegistry registry,
            Publisher publisher) {
        StepFactory steps = new StepFactory(repository, transactions, registry);
        return new PackSteps(
                steps.step("read", new ReadInputs()),
                steps.step("validate", new ValidateInputs()),
                steps.step("compute", new ComputeAudit()),
                steps.step("assemble", new AssemblePack(publisher)),
                steps.step("publish", new PublishPack(publisher)));
    }

    private record StepFactory(JobRepository repository, PlatformTransactionManager transactions,
            RunRegistry registry) {
        Step step(String name, RunTask task) {
            return new StepBuilder(name, repository).tasklet(new RunTasklet(registry, task), transactions).build();
        }
    }
}
