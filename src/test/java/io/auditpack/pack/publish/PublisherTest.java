package io.auditpack.pack.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.auditpack.pack.PackBuilder;
import io.auditpack.pack.PackFixture;
import io.auditpack.pack.ZipContents;
import io.auditpack.pack.bag.BagInfo;
import io.auditpack.pack.verify.PackVerifier;
import io.auditpack.pack.verify.VerifyReport;
import io.auditpack.pack.version.PublishedVersion;
import io.auditpack.pack.zip.Sha256;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublisherTest {
    @TempDir
    Path temp;

    PackFixture fixture;
    Publisher publisher;
    Path jobFolder;

    @BeforeEach
    void setUp() throws IOException {
        fixture = new PackFixture(temp);
        publisher = new Publisher(new PackBuilder(PackFixture.reports()));
        jobFolder = fixture.output.resolve(PackFixture.JOB);
    }

    private PublishOutcome publish() throws IOException {
        return fixture.publish(publisher);
    }

    private List<String> filesInJobFolder() throws IOException {
        try (Stream<Path> files = Files.list(jobFolder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aFirstRunPublishesVersionOneWithItsSidecarAndLeavesNoStaging() throws IOException {
        PublishOutcome outcome = publish();

        Path zip = jobFolder.resolve("soc2-type2-2026-v0001.zip");
        assertThat(outcome.published()).isTrue();
        assertThat(outcome.version()).isEqualTo(new PublishedVersion(1, zip, Sha256.of(zip)));
        assertThat(outcome.details().zip()).isEqualTo(zip);
        assertThat(filesInJobFolder()).containsExactly("soc2-type2-2026-v0001.zip", "soc2-type2-2026-v0001.zip.sha256");
        assertThat(Files.readString(jobFolder.resolve("soc2-type2-2026-v0001.zip.sha256")))
                .isEqualTo(Sha256.of(zip) + "  soc2-type2-2026-v0001.zip\n");
        assertThat(new PackVerifier().verify(zip).ok()).isTrue();
    }

    @Test
    void aSecondRunWithTheSameContentPublishesNothing() throws IOException {
        PublishOutcome first = publish();
        byte[] before = Files.readAllBytes(first.version().zip());

        PublishOutcome second = publish();

        assertThat(second.published()).isFalse();
        assertThat(second.version()).isEqualTo(first.version());
        assertThat(second.details()).isNull();
        assertThat(filesInJobFolder()).containsExactly("soc2-type2-2026-v0001.zip", "soc2-type2-2026-v0001.zip.sha256");
        assertThat(Files.readAllBytes(first.version().zip())).isEqualTo(before);
    }

    @Test
    void changedEvidencePublishesVersionTwoChainedToAnUntouchedVersionOne() throws IOException {
        PublishOutcome first = publish();
        String firstSha = Sha256.of(first.version().zip());
        Files.writeString(
                fixture.evidenceRoot.resolve("deploy.log"),
                "2026-02-01 deploy ok\n",
                java.nio.file.StandardOpenOption.APPEND);

        PublishOutcome second = publish();

        assertThat(second.published()).isTrue();
        assertThat(second.version().version()).isEqualTo(2);
        assertThat(second.version().zip().getFileName().toString()).isEqualTo("soc2-type2-2026-v0002.zip");
        assertThat(Sha256.of(first.version().zip())).isEqualTo(firstSha);
        BagInfo info = BagInfo.parse(ZipContents.text(second.version().zip(), "soc2-type2-2026-v0002/bag-info.txt"));
        assertThat(info.get(BagInfo.PREVIOUS_SHA256)).contains(firstSha);
        assertThat(info.get(BagInfo.PREVIOUS_VERSION)).contains("0001");
        VerifyReport report = new PackVerifier().verify(second.version().zip());
        assertThat(report.problems()).isEmpty();
        assertThat(report.checked()).anyMatch(line -> line.startsWith("hash chain: soc2-type2-2026-v0001.zip has"));
    }

    @Test
    void aLaterVersionIsRecognisedAsUnchangedThroughItsOwnStamp() throws IOException {
        publish();
        Files.writeString(fixture.evidenceRoot.resolve("deploy.log"), "changed\n");
        PublishOutcome second = publish();

        PublishOutcome third = publish();

        assertThat(third.published()).isFalse();
        assertThat(third.version()).isEqualTo(second.version());
    }

    @Test
    void prepareAndCommitAreTwoStepsAndDiscardRemovesTheStaging() throws IOException {
        Candidate candidate = fixture.prepare(publisher);
        assertThat(candidate.unchanged()).isFalse();
        assertThat(candidate.version()).isEqualTo(1);
        assertThat(candidate.staged().zip()).exists().startsWith(jobFolder);
        assertThat(candidate.stagingFolder().getFileName().toString()).startsWith(".staging-");

        publisher.discard(candidate);

        assertThat(filesInJobFolder()).isEmpty();
        assertThat(publisher.commit(fixture.prepare(publisher)).published()).isTrue();
    }

    @Nested
    class NeverReplacesAPublishedFile {
        @Test
        void aVersionPublishedMeanwhileByAnotherRunIsLeftAloneAndTheStagingRemoved() throws IOException {
            publish();
            Files.writeString(fixture.evidenceRoot.resolve("deploy.log"), "changed\n");
            Candidate candidate = fixture.prepare(publisher);
            Path other = jobFolder.resolve("soc2-type2-2026-v0002.zip");
            Files.writeString(other, "another run's pack");

            assertThatThrownBy(() -> publisher.commit(candidate))
                    .isInstanceOf(VersionTakenException.class)
                    .hasMessageContaining("version 0002 was published meanwhile by another run");

            assertThat(Files.readString(other)).isEqualTo("another run's pack");
            assertThat(filesInJobFolder())
                    .containsExactly(
                            "soc2-type2-2026-v0001.zip",
                            "soc2-type2-2026-v0001.zip.sha256",
                            "soc2-type2-2026-v0002.zip");
        }

        @Test
        void aStagedZipAlteredBeforeCommitIsNotPublished() throws IOException {
            Candidate candidate = fixture.prepare(publisher);
            Files.writeString(candidate.staged().zip(), "tampered");

            assertThatThrownBy(() -> publisher.commit(candidate)).hasMessageContaining("changed since it was built");

            assertThat(filesInJobFolder()).isEmpty();
        }
    }
}
