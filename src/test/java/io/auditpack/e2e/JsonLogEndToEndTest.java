package io.auditpack.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code run --log-format json}: standard output carries only JSON log lines, the outcome as fields. */
@EnabledOnOs(OS.LINUX)
class JsonLogEndToEndTest {

    @Test
    void aRunWithJsonLogsPrintsOneJsonObjectPerLineWithTheOutcomeAsFields(@TempDir Path folder) throws Exception {
        Scenario scenario = Scenario.copy("small-soc2", folder);
        Path log = folder.resolve("run.log");
        CliProcess run = CliProcess.start(
                folder, log, "run", scenario.job().toString(), "--as-of", "2026-05-15", "--log-format", "json");

        assertThat(run.waitFor()).as(run.output()).isZero();
        JsonMapper json = JsonMapper.builder().build();
        List<JsonNode> lines = run.output()
                .lines()
                .filter(line -> !line.isBlank())
                .map(json::readTree)
                .toList();
        assertThat(lines).extracting(line -> line.path("event").asString()).contains("started", "ended");
        JsonNode ended = lines.stream()
                .filter(line -> line.path("event").asString().equals("ended"))
                .findFirst()
                .orElseThrow();
        assertThat(ended.path("job").asString()).isEqualTo("small-soc2-type2");
        assertThat(ended.path("outcome").asString()).isEqualTo("published");
        assertThat(ended.path("version").asInt()).isEqualTo(1);
        assertThat(ended.path("sha256").asString()).hasSize(64);
        assertThat(ended.path("message").asString()).contains("published v0001").contains("SOC2 33 in scope");
        assertThat(ended.path("log").path("level").asString()).isEqualTo("INFO");
    }
}
