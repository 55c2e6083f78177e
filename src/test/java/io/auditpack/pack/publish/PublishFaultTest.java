package io.auditpack.pack.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.auditpack.pack.PackBuilder;
import io.auditpack.pack.PackFixture;
import io.auditpack.pack.verify.PackVerifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file operation of a commit (writing and flushing the sidecar, flushing the ZIP, the two links, withdrawing
 * a link) made to fail in turn, as a full disk would: the commit fails, and neither the new ZIP nor its sidecar is
 * visible, whatever the operation; an earlier version is untouched; a later run publishes normally.
 */
class PublishFaultTest {
    private static final String V1 = PackFixture.JOB + "-v0001.zip";
    private static final String V2 = PackFixture.JOB + "-v0002.zip";

    @TempDir
    Path temp;

    PackFixture fixture;
    Path jobFolder;

    @BeforeEach
    void setUp() throws IOException {
        fixture = new PackFixture(temp);
        jobFolder = fixture.output.resolve(PackFixture.JOB);
    }

    /** The real operations, counted; the one numbered {@code failAt} (from 1) fails with "No space left on device". */
    static class FullDisk extends PublishDisk {
        final int failAt;
        final boolean withdrawFails;
        int calls;

        FullDisk(int failAt, boolean withdrawFails) {
            this.failAt = failAt;
            this.withdrawFails = withdrawFails;
        }

        private void step() throws IOException {
            if (++calls == failAt) {
                throw new IOException("No space left on device");
            }
        }

        @Override
        void write(Path file, String text) throws IOException {
            step();
            super.write(file, text);
        }

        @Override
        void force(Path file) throws IOException {
            step();
            super.force(file);
        }

        @Override
        boolean link(Path source, Path target) throws IOException {
            step();
            return super.link(source, target);
        }

        @Override
        void delete(Path file) throws IOException {
            if (withdrawFails) {
                throw new IOException("Input/output error");
            }
            super.delete(file);
        }
    }

    /** The operations of a commit that succeeds: write, force, force, link, link. */
    static Stream<Integer> operations() {
        return IntStream.rangeClosed(1, 5).boxed();
    }

    private Publisher publisher(PublishDisk disk) {
        return new Publisher(new PackBuilder(PackFixture.reports()), disk);
    }

    private Candidate stage() throws IOException {
        return fixture.prepare(publisher(new PublishDisk()));
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(jobFolder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aCommitThatSucceedsMakesFiveOperations() throws IOException {
        FullDisk counting = new FullDisk(0, false);

        publisher(counting).commit(stage());

        assertThat(counting.calls).isEqualTo(5);
        assertThat(names()).containsExactly(V1, V1 + ".sha256");
    }

    @ParameterizedTest(name = "operation {0} fails")
    @MethodSource("operations")
    void aFirstVersionIsNeitherVisibleNorHalfVisibleWhenAnyOperationFails(int failing) throws IOException {
        Candidate candidate = stage();

        assertThatThrownBy(() -> publisher(new FullDisk(failing, false)).commit(candidate))
                .hasMessageContaining("No space left on device");

        assertThat(names()).as("no ZIP, no sidecar, no staging").isEmpty();
        assertThat(publisher(new PublishDisk()).commit(stage()).published()).isTrue();
        assertThat(names()).containsExactly(V1, V1 + ".sha256");
    }

    @ParameterizedTest(name = "operation {0} fails")
    @MethodSource("operations")
    void aSecondVersionIsNeitherVisibleNorHalfVisibleAndTheFirstIsUntouched(int failing) throws IOException {
        publisher(new PublishDisk()).commit(stage());
        byte[] v1 = Files.readAllBytes(jobFolder.resolve(V1));
        Files.writeString(fixture.evidenceRoot.resolve("deploy.log"), "changed\n");
        Candidate candidate = stage();

        assertThatThrownBy(() -> publisher(new FullDisk(failing, false)).commit(candidate))
                .hasMessageContaining("No space left on device");

        assertThat(names()).containsExactly(V1, V1 + ".sha256");
        assertThat(Files.readAllBytes(jobFolder.resolve(V1))).isEqualTo(v1);
    }

    @Test
    void aSidecarThatCannotBeLinkedNorItsZipWithdrawnIsReportedAsVisibleAndTheNextRunCompletesIt() throws IOException {
        Candidate candidate = stage();

        assertThatThrownBy(() -> publisher(new FullDisk(5, true)).commit(candidate))
                .isInstanceOf(PartialPublishException.class)
                .hasMessageContaining(V1 + " was linked but its .sha256 could not be (No space left on device)")
                .hasMessageContaining(PartialPublishException.VISIBLE);

        assertThat(names()).containsExactly(V1);
        assertThat(Leftovers.sweep(fixture.output, PackFixture.JOB))
                .containsExactly(
                        "wrote " + V1 + ".sha256, which the run that published " + V1 + " did not live to write");
        assertThat(new PackVerifier().verify(jobFolder.resolve(V1)).problems()).isEmpty();
    }

    @Test
    void aFolderAtTheSidecarsNameStopsTheCommitBeforeAnythingIsLinked() throws IOException {
        Candidate candidate = stage();
        Files.createDirectories(jobFolder.resolve(V1 + ".sha256"));

        assertThatThrownBy(() -> publisher(new PublishDisk()).commit(candidate))
                .hasMessageContaining("cannot publish version 0001")
                .hasMessageContaining("already exists (a folder) without " + V1 + " beside it");

        assertThat(names()).containsExactly(V1 + ".sha256");
    }

    @Test
    void aSidecarNameTakenBetweenTheChecksAndTheLinkWithdrawsTheZip() throws IOException {
        Candidate candidate = stage();
        PublishDisk racing = new PublishDisk() {
            @Override
            boolean link(Path source, Path target) throws IOException {
                if (target.getFileName().toString().endsWith(".sha256")) {
                    Files.writeString(target, "another writer");
                }
                return super.link(source, target);
            }
        };

        assertThatThrownBy(() -> publisher(racing).commit(candidate)).hasMessageContaining("appeared meanwhile");

        assertThat(names()).containsExactly(V1 + ".sha256");
        assertThat(jobFolder.resolve(V1 + ".sha256")).hasContent("another writer");
    }

    @Test
    void aVersionTakenMeanwhileIsNotReplacedAndItsSidecarNotWritten() throws IOException {
        Candidate candidate = stage();
        Files.createDirectories(jobFolder);
        Files.writeString(jobFolder.resolve(V2.replace("v0002", "v0001")), "another run's pack");

        assertThatThrownBy(() -> publisher(new PublishDisk()).commit(candidate))
                .isInstanceOf(VersionTakenException.class);

        assertThat(names()).containsExactly(V1);
    }
}
