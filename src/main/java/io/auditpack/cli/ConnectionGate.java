package io.auditpack.cli;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.CountDownLatch;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Holds back the database connections of a Spring context started ahead of time ({@link ContextStart}): every
 * {@link DataSource} bean is wrapped so that its first connection waits until the run decides. {@link #open()} lets
 * the connections through to the real database (the job repository); {@link #refuse()} hands them a private,
 * throwaway in-memory H2 database instead, so a context whose run ended early (bad input, job busy) completes
 * without creating or touching the real database.
 */
final class ConnectionGate {
    private final CountDownLatch decided = new CountDownLatch(1);
    private volatile boolean refused;
    private @Nullable SingleConnectionDataSource throwaway;

    /** Lets connections through to the real database. */
    void open() {
        decided.countDown();
    }

    /** Sends connections to a throwaway in-memory database. */
    void refuse() {
        refused = true;
        decided.countDown();
    }

    boolean refused() {
        return refused;
    }

    /** The post-processor that wraps the context's data sources. */
    BeanPostProcessor wrapper() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof DataSource source && !(bean instanceof Gated) ? new Gated(source) : bean;
            }
        };
    }

    /** Closes the throwaway database, if one was made. */
    synchronized void close() {
        if (throwaway != null) {
            throwaway.destroy();
            throwaway = null;
        }
    }

    private @Nullable DataSource decide() throws SQLException {
        try {
            decided.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while the run decided whether to use the job repository", e);
        }
        return refused ? throwaway() : null;
    }

    private synchronized DataSource throwaway() {
        if (throwaway == null) {
            throwaway = new SingleConnectionDataSource("jdbc:h2:mem:", "sa", "", true);
        }
        return throwaway;
    }

    /** A data source whose connections wait for the gate. */
    private final class Gated extends DelegatingDataSource {
        Gated(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            DataSource instead = decide();
            return instead != null ? instead.getConnection() : super.getConnection();
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            DataSource instead = decide();
            return instead != null ? instead.getConnection() : super.getConnection(username, password);
        }
    }
}
