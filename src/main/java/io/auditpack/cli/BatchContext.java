package io.auditpack.cli;

import io.auditpack.AuditpackApplication;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
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

    static ConfigurableApplicationContext open(Path outputRoot) {
        return open(outputRoot, LogSetup.REPORT);
    }

    static ConfigurableApplicationContext open(Path outputRoot, LogSetup logs) {
        return open(outputRoot, logs, null);
    }

    /** As above, the context's database connections held back by {@code gate} (may be null). */
    static ConfigurableApplicationContext open(Path outputRoot, LogSetup logs, @Nullable ConnectionGate gate) {
        Map<String, Object> properties = new LinkedHashMap<>();
        Database.forOutput(outputRoot).into(properties);
        properties.put("spring.batch.job.enabled", "false");
        properties.put("spring.main.log-startup-info", "false");
        properties.put("logging.level.root", "WARN");
        if (logs.events()) {
            properties.put("logging.level.io.auditpack", "INFO");
        }
        if (logs.json()) {
            properties.put("logging.structured.format.console", "ecs");
            properties.put("logging.structured.ecs.service.name", "auditpack");
        }
        SpringApplicationBuilder builder = new SpringApplicationBuilder(AuditpackApplication.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .registerShutdownHook(false)
                .properties(properties);
        if (gate != null) {
            builder.initializers(context -> context.getBeanFactory().addBeanPostProcessor(gate.wrapper()));
        }
        return builder.run();
    }

    /** How a command logs: {@code events} turns on auditpack's INFO log lines, {@code json} makes them JSON. */
    record LogSetup(boolean events, boolean json) {
        /** The command prints its own report; the log shows warnings and errors only. */
        static final LogSetup REPORT = new LogSetup(false, false);
    }
}
