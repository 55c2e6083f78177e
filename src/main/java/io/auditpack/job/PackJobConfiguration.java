package io.auditpack.job;

import io.auditpack.job.assemble.AssemblePack;
import io.auditpack.job.compute.ComputeAudit;
import io.auditpack.job.publish.PublishPack;
import io.auditpack.job.read.ReadInputs;
import io.auditpack.job.validate.ValidateInputs;
import io.auditpack.pack.PackBuilder;
import io.auditpack.pack.publish.Publisher;
import io.auditpack.pack.sign.PackSigner;
import io.auditpack.pack.sign.SigningKeyException;
import io.auditpack.report.Reports;
import java.nio.file.Path;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/** Wires the five steps of a run and the publisher they share. No {@code @EnableBatchProcessing}: see the README. */
@Configuration(proxyBeanMethods = false)
class PackJobConfiguration {

    /**
     * The publisher; with property {@code auditpack.signing-key} (environment variable {@code AUDITPACK_SIGNING_KEY})
     * naming an Ed25519 private key in PKCS#8 PEM, every pack it builds is signed.
     */
    @Bean
    Publisher publisher(@Value("${auditpack.signing-key:}") String signingKey) throws SigningKeyException {
        PackSigner signer = signingKey.isBlank() ? null : PackSigner.fromPem(Path.of(signingKey.strip()));
        return new Publisher(new PackBuilder(Reports.all(), signer));
    }

    @Bean
    PackSteps packSteps(
            JobRepository repository,
            PlatformTransactionManager transactions,
            RunRegistry registry,
            Publisher publisher) {
        StepFactory steps = new StepFactory(repository, transactions, registry);
        return new PackSteps(
                steps.step("read", new ReadInputs()),
                steps.step("validate", new ValidateInputs()),
                steps.step("compute", new ComputeAudit()),
                steps.step("assemble", new AssemblePack(publisher)),
                steps.step("publish", new PublishPack(publisher)));
    }

    private record StepFactory(
            JobRepository repository, PlatformTransactionManager transactions, RunRegistry registry) {
        Step step(String name, RunTask task) {
            return new StepBuilder(name, repository)
                    .tasklet(new RunTasklet(registry, task), transactions)
                    .build();
        }
    }
}
