package io.auditpack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.auditpack.input.JobFileReader;
import io.auditpack.job.LaunchOptions;
import io.auditpack.job.RunLauncher;
import io.auditpack.job.RunObserver;
import io.auditpack.job.RunOutcome;
import io.auditpack.job.RunRequest;
import io.auditpack.pack.zip.Sha256;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An evidence file deleted, replaced by a folder or rewritten (with or without a declared {@code sha256}) after the
 * inputs were validated and audited and before the pack is built (the observer changes it when the assemble step
 * starts): the run fails with a message naming the file and saying it changed during the run, without an exception
 * name, and publishes nothing: a pack never holds other bytes than the ones its reports describe.
 */
class InputChangedDuringRunTest {
    private static final String SCAN = "input/evidence/scans/scan-2026-01.txt";

    @TempDir
    Path folder;

    @Test
    void anEvidenceFileDeletedMidRunFailsTheRunNamingTheFile() throws Exception {
        RunOutcome outcome = runChanging(Files::delete);

        assertThat(outcome.kind()).isEqualTo(RunOutcome.Kind.FAILED);
        assertThat(outcome.reason())
                .isEqualTo("the input file " + folder.resolve("scenario").resolve(SCAN)
                        + " does not exist any more (deleted or moved): it changed while the run read it; run again"
                        + " once the inputs stay as they are")
                .doesNotContain("Exception");
        assertNothingPublished();
    }

    @Test
    void anEvidenceFileReplacedByAFolderMidRunFailsTheRunNamingTheFile() throws Exception {
        RunOutcome outcome = runChanging(file -> {
            Files.delete(file);
            Files.createDirectory(file);
        });

        assertThat(outcome.kind()).isEqualTo(RunOutcome.Kind.FAILED);
        assertThat(outcome.reason())
                .startsWith("the input file " + folder.resolve("scenario").resolve(SCAN)
                        + " is a folder, not a file any more: it changed while the run read it")
                .doesNotContain("Exception")
                .doesNotContain("Is a directory");
        assertNothingPublished();
    }

    @Test
    void anEvidenceFileRewrittenMidRunFailsTheRunWithBothDigestsAndPublishesNothing() throws Exception {
        RunOutcome outcome = runChanging(file -> Files.writeString(file, "rewritten after the audit\n"));

        assertThat(outcome.kind()).isEqualTo(RunOutcome.Kind.FAILED);
        assertThat(outcome.reason())
                .startsWith("evidence file " + folder.resolve("scenario").resolve(SCAN) + " changed during the run")
                .contains("its SHA-256 was " + sha256("Vulnerability scan"))
                .contains("and is " + sha256Of("rewritten after the audit\n") + " now; nothing was published")
                .doesNotContain("Exception");
        assertNothingPublished();
    }

    @Test
    void anEvidenceFileWithADeclaredSha256RewrittenMidRunIsNotPackedWithAnotherDigest() throws Exception {
        declareSha256 = true;

        RunOutcome outcome = runChanging(file -> Files.writeString(file, "rewritten after validation\n"));

        assertThat(outcome.kind()).isEqualTo(RunOutcome.Kind.FAILED);
        assertThat(outcome.reason())
                .startsWith("evidence file " + folder.resolve("scenario").resolve(SCAN) + " changed during the run")
                .contains("and is " + sha256Of("rewritten after validation\n") + " now")
                .doesNotContain("Exception");
        assertNothingPublished();
    }

    private boolean declareSha256;

    /** The SHA-256 of the scenario's scan file as shipped (checked to be the scan: it starts with {@code start}). */
    private String sha256(String start) throws Exception {
        Path source =
                Path.of(getClass().getResource("/scenarios/small-soc2").toURI()).resolve(SCAN);
        assertThat(Files.readString(source)).startsWith(start);
        return Sha256.of(source);
    }

    private static String sha256Of(String text) throws IOException {
        Path file = Files.createTempFile("digest", ".txt");
        try {
            Files.writeString(file, text);
            return Sha256.of(file);
        } finally {
            Files.delete(file);
        }
    }

    interface Change {
        void apply(Path file) throws IOException;
    }

    private RunOutcome runChanging(Change change) throws Exception {
        Path scenario = copyScenario();
        if (declareSha256) {
            Path evidence = scenario.resolve("input/evidence.csv");
            String digest = Sha256.of(scenario.resolve(SCAN));
            Files.writeString(
                    evidence,
                    Files.readString(evidence)
                            .replace("scans/scan-2026-01.txt,,", "scans/scan-2026-01.txt," + digest + ","));
            assertThat(Files.readString(evidence)).contains(digest);
        }
        Path output = folder.resolve("output");
        var job = JobFileReader.read(scenario.resolve("jobs/soc2-type2.yaml")).withFolders(null, output);
        RunRequest request = new RunRequest(job, LocalDate.of(2026, 5, 15), "run-changing-input");
        RunObserver changeAtAssemble = new RunObserver() {
            @Override
            public void phase(String step) {
                if (step.equals("assemble")) {
                    try {
                        change.apply(scenario.resolve(SCAN));
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }

            @Override
            public void planned(int files) {}

            @Override
            public void packed(long bytes) {}
        };
        try (var context = BatchContext.open(output)) {
            return context.getBean(RunLauncher.class)
                    .launch(request, null, new LaunchOptions(Duration.ZERO, text -> {}, changeAtAssemble, "test"));
        }
    }

    private void assertNothingPublished() throws IOException {
        try (Stream<Path> left = Files.list(folder.resolve("output").resolve("small-soc2-type2"))) {
            assertThat(left).isEmpty();
        }
    }

    private Path copyScenario() throws Exception {
        Path source = Path.of(getClass().getResource("/scenarios/small-soc2").toURI());
        Path target = folder.resolve("scenario");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path to = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(file, to, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return target;
    }
}
