package io.auditpack.job;

import io.auditpack.catalog.Catalog;
import io.auditpack.job.assemble.AssemblePack;
import io.auditpack.job.compute.ComputeAudit;
import io.auditpack.job.publish.PublishPack;
import io.auditpack.job.read.ReadInputs;
import io.auditpack.job.validate.ValidateInputs;
import io.auditpack.pack.EvidencePreparation;
import io.auditpack.pack.PackBuilder;
import io.auditpack.pack.publish.Publisher;
import io.auditpack.pack.sign.PackSigner;
import io.auditpack.pack.sign.SigningKeyException;
import io.auditpack.report.Reports;
import java.nio.file.Path;
import java.util.List;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/** Wires the five steps of a run and the publisher they share. No {@code @EnableBatchProcessing}: see the README. */
@Configuration(proxyBeanMethods = false)
class PackJobConfiguration {

    /**
     * The publisher; with property {@code auditpack.signing-key} (environment variable {@code AUDITPACK_SIGNING_KEY})
     * naming an Ed25519 private key in PKCS#8 PEM, every pack it builds is signed. With an
     * {@link EvidencePreparation} in the context ({@code run --distributed}) the evidence entries are prepared by it.
     */
    @Bean
    Publisher publisher(
            @Value("${auditpack.signing-key:}") String signingKey, ObjectProvider<EvidencePreparation> elsewhere)
            throws SigningKeyException {
        PackSigner signer = signingKey.isBlank() ? null : PackSigner.fromPem(Path.of(signingKey.strip()));
        PackBuilder builder = new PackBuilder(Reports.all(), signer);
        EvidencePreparation preparation = elsewhere.getIfAvailable();
        return new Publisher(preparation == null ? builder : builder.preparingEvidenceWith(preparation));
    }

    /** The requirements the audit and the reports know: the built-in SOC 2 and ISO/IEC 27001 catalogs. */
    @Bean
    Catalog catalog() {
        return Catalog.builtIn();
    }

    @Bean
    PackJob packJob(
            JobRepository repository, PlatformTransactionManager transactions, Catalog catalog, Publisher publisher) {
        return new PackJob(
                repository,
                transactions,
                List.of(
                        new ReadInputs(catalog),
                        new ValidateInputs(),
                        new ComputeAudit(catalog),
                        new AssemblePack(publisher, catalog),
                        new PublishPack(publisher)));
    }
}
