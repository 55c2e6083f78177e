package io.auditpack.distributed.channel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates the tables of the distributed mode in PostgreSQL when they are missing: Spring Integration's channel
 * message table ({@code INT_CHANNEL_MESSAGE} and its sequence, as in {@code schema-postgresql.sql} of
 * spring-integration-jdbc) and {@code AUDITPACK_BEAT}. Every statement says {@code IF NOT EXISTS}, and one
 * transaction-scoped advisory lock keeps a manager and workers starting together from racing on them.
 */
public final class DistributedSchema {
    static final String SCRIPT = "/io/auditpack/distributed/schema-postgresql.sql";
    private static final long LOCK = 0x61756469747061L; // "auditpa": any constant shared by every process

    private DistributedSchema() {}

    /** Creates what is missing. */
    public static DistributedSchema create(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        List<String> statements = statements();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            jdbc.query("SELECT pg_advisory_xact_lock(?)", row -> {}, LOCK);
            statements.forEach(jdbc::execute);
        });
        return new DistributedSchema();
    }

    static List<String> statements() {
        try (InputStream in = DistributedSchema.class.getResourceAsStream(SCRIPT)) {
            if (in == null) {
                throw new IllegalStateException("the schema script " + SCRIPT + " is missing from the jar");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Arrays.stream(text.replaceAll("(?m)^--.*$", "").split(";"))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .toList();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + SCRIPT, e);
        }
    }
}
