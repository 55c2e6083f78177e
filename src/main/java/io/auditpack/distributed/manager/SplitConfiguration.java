package io.auditpack.distributed.manager;

import io.auditpack.distributed.channel.Beats;
import java.time.Duration;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.integration.channel.QueueChannel;

/**
 * Wires level two for {@code auditpack run --distributed} (profile {@value #PROFILE}, with the shared channel of the
 * distributed profile): the pack builder gets {@link RemoteEvidence}, so the job's evidence is prepared by the
 * workers in {@code auditpack.split.ranges} ranges of controls.
 */
@Configuration(proxyBeanMethods = false)
@Profile(SplitConfiguration.PROFILE)
public class SplitConfiguration {
    public static final String PROFILE = "split";
    public static final String RANGES = "auditpack.split.ranges";
    public static final String WORKER_TIMEOUT_MS = "auditpack.split.worker-timeout-ms";

    @Bean
    RemoteEvidence remoteEvidence(
            JobOperator operator,
            JobRepository repository,
            Beats beats,
            QueueChannel partitionRequests,
            @Value("${" + RANGES + ":4}") int ranges,
            @Value("${" + WORKER_TIMEOUT_MS + ":60000}") long workerTimeout) {
        var log = LoggerFactory.getLogger("io.auditpack.manager");
        return new RemoteEvidence(
                operator,
                repository,
                beats,
                partitionRequests,
                new ManagerSettings(Duration.ofMillis(workerTimeout), Duration.ofMillis(500)),
                ranges,
                log::info);
    }
}
