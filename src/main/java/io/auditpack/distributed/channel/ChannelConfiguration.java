package io.auditpack.distributed.channel;

import javax.sql.DataSource;
import org.springframework.batch.integration.config.annotation.EnableBatchIntegration;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.integration.channel.QueueChannel;
import org.springframework.integration.jdbc.store.JdbcChannelMessageStore;
import org.springframework.integration.jdbc.store.channel.PostgresChannelMessageStoreQueryProvider;
import org.springframework.integration.store.MessageGroupQueue;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * What the manager and the workers share, only in the {@value #PROFILE} profile (a plain run never loads Spring
 * Integration): the partition requests' {@link QueueChannel}, stored in PostgreSQL by Spring Integration's
 * {@link JdbcChannelMessageStore} with the PostgreSQL query provider (a poll deletes one row with
 * {@code FOR UPDATE SKIP LOCKED}, so two workers never take the same request), and the heartbeat table.
 */
@Configuration(proxyBeanMethods = false)
@Profile(ChannelConfiguration.PROFILE)
@EnableBatchIntegration
public class ChannelConfiguration {
    /** The Spring profile of the manager and the workers. */
    public static final String PROFILE = "distributed";
    /** The message group (channel) of the partition requests in {@code INT_CHANNEL_MESSAGE}. */
    static final String GROUP = "auditpack.partition-requests";
    /** The region of auditpack's rows in the message store. */
    static final String REGION = "auditpack";

    @Bean
    DistributedSchema distributedSchema(DataSource dataSource, PlatformTransactionManager transactions) {
        return DistributedSchema.create(new JdbcTemplate(dataSource), transactions);
    }

    @Bean
    JdbcChannelMessageStore partitionMessageStore(DataSource dataSource, DistributedSchema schema) {
        JdbcChannelMessageStore store = new JdbcChannelMessageStore(dataSource);
        store.setChannelMessageStoreQueryProvider(new PostgresChannelMessageStoreQueryProvider());
        store.setRegion(REGION);
        // the requests are Java-serialized; only these classes (a message, its headers, the request) are read back
        store.addAllowedPatterns(
                StepExecutionRequest.class.getName(),
                "org.springframework.messaging.support.GenericMessage",
                "org.springframework.messaging.MessageHeaders",
                "java.util.UUID",
                "java.util.HashMap");
        return store;
    }

    /** The channel the manager sends partition requests to and the workers poll. */
    @Bean
    QueueChannel partitionRequests(JdbcChannelMessageStore partitionMessageStore) {
        return new QueueChannel(new MessageGroupQueue(partitionMessageStore, GROUP));
    }

    @Bean
    Beats beats(DataSource dataSource, DistributedSchema schema) {
        return new Beats(new JdbcTemplate(dataSource));
    }
}
