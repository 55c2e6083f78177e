package io.auditpack.cli;

import io.auditpack.AuditpackApplication;
import io.auditpack.guard.StateFolder;
import io.auditpack.guard.UnsafePathException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the Spring context that holds the job repository for one output folder (see {@link Database} for where it
 * lives) and sets up logging: quiet (warnings only) for the commands that print their own report, INFO for the
 * scheduler and for JSON logs, which use Spring Boot's structured logging in the Elastic Common Schema format.
 */
final class BatchContext {
    private BatchContext() {}

    static Path databaseFolder(Path outputRoot) {
        return outputRoot.resolve(".auditpack");
    }

    /** Whether a run history may exist for this output folder. */
    static boolean exists(Path outputRoot) {
        return Database.forOutput(outputRoot).mayHoldHistory(outputRoot);
    }

    /** Stack traces in the log only with {@code AUDITPACK_DEBUG} set (the run's outcome says what failed). */
    static final String DEBUG = "AUDITPACK_DEBUG";

    /** Loggers that log a failure with its stack trace; the run reports the failure in words instead. */
    private static final String[] TRACE_LOGGERS = {
        "org.springframework.batch.core.step.AbstractStep",
        "org.springframework.batch.core.job.AbstractJob",
        "org.springframework.batch.core.step.tasklet.TaskletStep",
        "org.springframework.boot.SpringApplication",
        "org.springframework.context.annotation.AnnotationConfigApplicationContext"
    };

    static ConfigurableApplicationContext open(Path outputRoot) {
        return open(outputRoot, LogSetup.REPORT);
    }

    static ConfigurableApplicationContext open(Path outputRoot, LogSetup logs) {
        return open(outputRoot, logs, note -> System.err.println("auditpack: note: " + note));
    }

    static ConfigurableApplicationContext open(Path outputRoot, LogSetup logs, Consumer<String> notices) {
        return open(outputRoot, logs, notices, Map.of());
    }

    static ConfigurableApplicationContext open(
            Path outputRoot, LogSetup logs, Map<String, Object> extra, String... profiles) {
        return open(outputRoot, logs, note -> System.err.println("auditpack: note: " + note), extra, profiles);
    }

    /**
     * Opens the context, with extra properties and Spring profiles: {@code distributed} adds the partition channel in
     * PostgreSQL ({@code run-all --distributed}), {@code worker} the worker's poller and step ({@code worker}). The
     * default H2 history lives in {@code <output>/.auditpack/}, which is checked first ({@link #checkHistory}) before
     * H2 opens anything; {@code notices} hears what a repair did ({@link #announce}). A history that cannot be opened
     * otherwise is a {@link HistoryUnavailableException} naming it.
     */
    static ConfigurableApplicationContext open(
            Path outputRoot, LogSetup logs, Consumer<String> notices, Map<String, Object> extra, String... profiles) {
        Optional<HistoryRepair.Repaired> repaired = checkHistory(outputRoot);
        ConfigurableApplicationContext context = start(outputRoot, logs, null, extra, profiles);
        announce(repaired, context, outputRoot, notices);
        return context;
    }

    /**
     * Starts the context of a run ahead of time ({@link ContextStart}), its database connections held back by
     * {@code gate}: nothing is checked or repaired here, the run does that ({@link #checkHistory}) once it holds the
     * job's lock and before it opens the gate.
     */
    static ConfigurableApplicationContext openGated(Path outputRoot, LogSetup logs, ConnectionGate gate) {
        return start(outputRoot, logs, gate, Map.of());
    }

    /**
     * Checks the default H2 history of an output folder before H2 opens it: a link or special file in
     * {@code <output>/.auditpack/} is refused ({@link UnsafePathException}, wrapped unchecked), and a corrupt or
     * truncated history file is moved aside and what can be read of it copied ({@link HistoryRepair}).
     */
    static Optional<HistoryRepair.Repaired> checkHistory(Path outputRoot) {
        Database database = Database.forOutput(outputRoot);
        if (!database.embedded()) {
            return Optional.empty();
        }
        try {
            StateFolder.check(outputRoot);
            return HistoryRepair.ifDamaged(outputRoot, database);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Tells {@code notices} what a repair did and which published versions lost their run record. */
    static void announce(
            Optional<HistoryRepair.Repaired> repaired,
            ConfigurableApplicationContext context,
            Path outputRoot,
            Consumer<String> notices) {
        if (repaired.isPresent()) {
            notices.accept(repaired.get().describe());
            List<String> lost = HistoryRepair.unrecorded(context.getBean(JobRepository.class), outputRoot);
            notices.accept(
                    lost.isEmpty()
                            ? "every published version still has the run record that published it"
                            : "run records dropped in the recovery: the runs that published " + String.join(", ", lost)
                                    + " (those packs are published as before and verify; only their run records are gone)");
        }
    }

    private static ConfigurableApplicationContext start(
            Path outputRoot,
            LogSetup logs,
            @Nullable ConnectionGate gate,
            Map<String, Object> extra,
            String... profiles) {
        Map<String, Object> properties = new LinkedHashMap<>();
        Database database = Database.forOutput(outputRoot);
        database.into(properties);
        properties.put("spring.batch.job.enabled", "false");
        properties.put("spring.main.log-startup-info", "false");
        properties.put("logging.level.root", "WARN");
        if (System.getenv(DEBUG) == null) {
            for (String logger : TRACE_LOGGERS) {
                properties.put("logging.level." + logger, "OFF");
            }
        }
        if (logs.events()) {
            properties.put("logging.level.io.auditpack", "INFO");
        }
        if (logs.json()) {
            properties.put("logging.structured.format.console", "ecs");
            properties.put("logging.structured.ecs.service.name", "auditpack");
        }
        properties.putAll(extra);
        SpringApplicationBuilder builder = new SpringApplicationBuilder(AuditpackApplication.class)
                .profiles(profiles)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .registerShutdownHook(false)
                .properties(properties);
        if (gate != null) {
            builder.initializers(context -> context.getBeanFactory().addBeanPostProcessor(gate.wrapper()));
        }
        try {
            return builder.run();
        } catch (RuntimeException e) {
            throw new HistoryUnavailableException(database.describe(outputRoot), e);
        }
    }

    /** How a command logs: {@code events} turns on auditpack's INFO log lines, {@code json} makes them JSON. */
    record LogSetup(boolean events, boolean json) {
        /** The command prints its own report; the log shows warnings and errors only. */
        static final LogSetup REPORT = new LogSetup(false, false);
    }
}
