package io.auditpack.pack.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.auditpack.pack.PackBuilder;
import io.auditpack.pack.PackFixture;
import io.auditpack.pack.verify.PackVerifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a publisher that died leaves in a job's folder, and how the next run (holding the lock) cleans it. */
class LeftoversTest {
    @TempDir
    Path temp;

    Path output;

    @org.junit.jupiter.api.BeforeEach
    void setUp() {
        output = temp.resolve("output");
    }

    private PublishOutcome publishOne() throws java.io.IOException {
        PackFixture fixture = new PackFixture(temp);
        return fixture.publish(new Publisher(new PackBuilder(PackFixture.reports())));
    }

    @Test
    void stagingFoldersAndTemporarySidecarsLeftByDeadRunsAreRemoved() throws Exception {
        Path job = Files.createDirectories(output.resolve("soc2"));
        Files.createDirectories(job.resolve(".staging-123/.reports-9"));
        Files.writeString(job.resolve(".staging-123/soc2-v0001.zip"), "half a zip");
        Files.writeString(job.resolve(".sidecar-77.tmp"), "x");

        List<String> done = Leftovers.sweep(output, "soc2");

        assertThat(done).hasSize(2).anyMatch(line -> line.startsWith("removed .staging-123"));
        try (var left = Files.list(job)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void theSidecarOfTheNewestVersionIsWrittenWhenItsRunDiedBetweenTheTwoLinks() throws Exception {
        PublishOutcome published = publishOne();
        Path zip = published.version().zip();
        Path sidecar = zip.resolveSibling(zip.getFileName() + ".sha256");
        String expected = Files.readString(sidecar);
        Files.delete(sidecar);

        List<String> done = Leftovers.sweep(
                output, published.version().zip().getParent().getFileName().toString());

        assertThat(done).singleElement().asString().startsWith("wrote " + sidecar.getFileName());
        assertThat(Files.readString(sidecar)).isEqualTo(expected);
        assertThat(new PackVerifier().verify(zip).ok()).isTrue();
    }

    @Test
    void aFolderWithOnlyWholeVersionsIsLeftAsItIs() throws Exception {
        PublishOutcome published = publishOne();

        assertThat(Leftovers.sweep(
                        output,
                        published.version().zip().getParent().getFileName().toString()))
                .isEmpty();
        assertThat(Leftovers.sweep(output, "never-ran")).isEmpty();
    }
}
