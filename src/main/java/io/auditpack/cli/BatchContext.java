package io.auditpack.cli;

import io.auditpack.AuditpackApplication;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Starts the Spring context that holds the job repository for one output folder: an H2 file database in
 * {@code <output>/.auditpack/}, opened in automatic mixed mode so several processes can share it.
 */
final class BatchContext {
    private BatchContext() {
    }

    static Path databaseFolder(Path outputRoot) {
        return outputRoot.resolve(".auditpack");
    }

    static boolean exists(Path outputRoot) {
        return Files.exists(databaseFolder(outputRoot).resolve("history.mv.db"));
    }

    static ConfigurableApplicationContext open(Path outputRoot) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url", "jdbc:h2:file:" + databaseFolder(outputRoot).resolve("history")
                .toAbsolutePath() + ";AUTO_SERVER=TRUE");
        properties.put("spring.datasource.username", "sa");
        properties.put("spring.datasource.password", "");
        properties.put("spring.batch.jdbc.initialize-schema", "always");
        properties.put("spring.batch.job.enabled", "false");
        properties.put("spring.main.log-startup-info", "false");
        properties.put("logging.level.root", "WARN");
        return new SpringApplicationBuilder(AuditpackApplication.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .properties(properties)
                .run();
    }
}
