package io.auditpack.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.scheduling.support.CronExpression;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The deployment recipes in deploy/ are well-formed: systemd units verified by systemd, the CronJob's keys. */
class DeployRecipesTest {
    private static final Path DEPLOY = Path.of("deploy");

    @Test
    void theSystemdUnitsPassSystemdAnalyzeVerify(@TempDir Path folder) throws Exception {
        assumeTrue(onPath("systemd-analyze"), "systemd-analyze is not installed");
        Path launcher = folder.resolve("auditpack");
        Files.writeString(launcher, "#!/bin/sh\n");
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        List<String> command = new ArrayList<>(List.of("systemd-analyze", "verify", "--man=no"));
        for (String unit : List.of("auditpack.service", "auditpack.timer", "auditpack-scheduler.service")) {
            // systemd checks that ExecStart's program exists: point it at a stand-in.
            String text = Files.readString(DEPLOY.resolve("systemd").resolve(unit))
                    .replace("/opt/auditpack/auditpack ", launcher + " ");
            Files.writeString(folder.resolve(unit), text);
            command.add(folder.resolve(unit).toString());
        }
        Process verify = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(verify.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(verify.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(verify.exitValue()).as(output).isZero();
        assertThat(output).as(output).doesNotContain("auditpack");
    }

    @Test
    void theTimerFiresTheServiceNightlyAndTheSchedulerStopsOnSigtermWithRoomToFinish() throws IOException {
        String timer = Files.readString(DEPLOY.resolve("systemd/auditpack.timer"));
        assertThat(timer)
                .contains("OnCalendar=*-*-* 02:30:00 Europe/London")
                .contains("Unit=auditpack.service")
                .contains("Persistent=true");
        String service = Files.readString(DEPLOY.resolve("systemd/auditpack.service"));
        assertThat(service).contains("Type=oneshot").contains("run-all");
        String scheduler = Files.readString(DEPLOY.resolve("systemd/auditpack-scheduler.service"));
        assertThat(scheduler)
                .contains("schedule --jobs")
                .contains("KillSignal=SIGTERM")
                .contains("--stop-timeout 60s")
                .contains("TimeoutStopSec=120");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theKubernetesCronJobForbidsConcurrentRunsAndRunsEveryJob() throws IOException {
        Map<String, Object> cronJob = new Yaml(new SafeConstructor(new LoaderOptions()))
                .load(Files.readString(DEPLOY.resolve("kubernetes/cronjob.yaml")));
        assertThat(cronJob).containsEntry("apiVersion", "batch/v1").containsEntry("kind", "CronJob");
        Map<String, Object> spec = (Map<String, Object>) cronJob.get("spec");
        assertThat(spec).containsEntry("concurrencyPolicy", "Forbid").containsKey("timeZone");
        String schedule = (String) spec.get("schedule");
        assertThat(CronExpression.isValidExpression("0 " + schedule))
                .as(schedule)
                .isTrue();
        Map<String, Object> pod = (Map<String, Object>) ((Map<String, Object>)
                        ((Map<String, Object>) ((Map<String, Object>) spec.get("jobTemplate")).get("spec"))
                                .get("template"))
                .get("spec");
        assertThat(pod.get("restartPolicy")).isIn("Never", "OnFailure");
        List<Map<String, Object>> containers = (List<Map<String, Object>>) pod.get("containers");
        assertThat(containers).hasSize(1);
        Map<String, Object> container = containers.get(0);
        assertThat(container).containsKeys("name", "image");
        assertThat((List<String>) container.get("args")).contains("run-all");
        assertThat((List<String>) container.get("command"))
                .as("the image's class-data-sharing archive, for a start as fast as the launcher's")
                .containsSubsequence("java", "-XX:SharedArchiveFile=/app/auditpack.jsa", "-jar", "/app/auditpack.jar");
        assertThat((List<Map<String, Object>>) container.get("env"))
                .extracting(env -> env.get("name"))
                .contains("AUDITPACK_DB_URL", "AUDITPACK_DB_USER", "AUDITPACK_DB_PASSWORD");
        List<Map<String, Object>> mounts = (List<Map<String, Object>>) container.get("volumeMounts");
        assertThat(mounts).extracting(m -> m.get("mountPath")).contains("/work/jobs", "/work/input", "/work/output");
    }

    @Test
    void theImageRecordsTheArchiveTheCronJobStartsWithFromARunOfTheDemoJob() throws IOException {
        String dockerfile = Files.readString(DEPLOY.resolve("kubernetes/Dockerfile"));

        assertThat(dockerfile)
                .contains("java -Djarmode=tools -jar /tmp/auditpack.jar extract --destination /app")
                .contains("-XX:ArchiveClassesAtExit=/app/auditpack.jsa")
                .contains("-jar /app/auditpack.jar run jobs/soc2-type2.yaml")
                .contains("USER 10001");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theDistributedRecipeRunsWorkersAsADeploymentAndTheManagerAsACronJobOnTheSamePaths() throws IOException {
        List<Object> documents = new ArrayList<>();
        new Yaml(new SafeConstructor(new LoaderOptions()))
                .loadAll(Files.readString(DEPLOY.resolve("kubernetes/distributed.yaml")))
                .forEach(documents::add);
        assertThat(documents).hasSize(2);
        Map<String, Object> deployment = (Map<String, Object>) documents.get(0);
        Map<String, Object> cronJob = (Map<String, Object>) documents.get(1);
        assertThat(deployment).containsEntry("apiVersion", "apps/v1").containsEntry("kind", "Deployment");
        assertThat(cronJob).containsEntry("apiVersion", "batch/v1").containsEntry("kind", "CronJob");
        Map<String, Object> workerPod = (Map<String, Object>)
                ((Map<String, Object>) ((Map<String, Object>) deployment.get("spec")).get("template")).get("spec");
        Map<String, Object> cronSpec = (Map<String, Object>) cronJob.get("spec");
        assertThat(cronSpec).containsEntry("concurrencyPolicy", "Forbid");
        assertThat(CronExpression.isValidExpression("0 " + cronSpec.get("schedule")))
                .isTrue();
        Map<String, Object> managerPod = (Map<String, Object>) ((Map<String, Object>)
                        ((Map<String, Object>) ((Map<String, Object>) cronSpec.get("jobTemplate")).get("spec"))
                                .get("template"))
                .get("spec");
        Map<String, Object> worker = ((List<Map<String, Object>>) workerPod.get("containers")).get(0);
        Map<String, Object> manager = ((List<Map<String, Object>>) managerPod.get("containers")).get(0);
        assertThat((List<String>) worker.get("args")).startsWith("worker");
        assertThat((List<String>) manager.get("args")).startsWith("run-all", "--distributed");
        assertThat((int) workerPod.get("terminationGracePeriodSeconds")).isGreaterThan(60);
        for (Map<String, Object> container : List.of(worker, manager)) {
            assertThat((List<Map<String, Object>>) container.get("env"))
                    .extracting(env -> env.get("name"))
                    .contains("AUDITPACK_DB_URL", "AUDITPACK_DB_USER", "AUDITPACK_DB_PASSWORD");
            assertThat(container).containsEntry("workingDir", "/work");
        }
        assertThat((List<Object>) worker.get("volumeMounts")).isEqualTo(manager.get("volumeMounts"));
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        return path != null
                && java.util.Arrays.stream(path.split(java.io.File.pathSeparator))
                        .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
    }
}
