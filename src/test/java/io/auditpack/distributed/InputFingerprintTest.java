package io.auditpack.distributed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A worker compares its view of an input folder with the manager's: what differs is named. */
class InputFingerprintTest {
    @TempDir
    Path input;

    private void givenAFolder() throws Exception {
        Files.writeString(input.resolve("controls.csv"), "control_id,title\nC1,One\n");
        Files.writeString(input.resolve("evidence.csv"), "evidence_id\nE1\n");
        Files.createDirectories(input.resolve("evidence/C1"));
        Files.writeString(input.resolve("evidence/C1/log.txt"), "ran");
        Files.setLastModifiedTime(
                input.resolve("evidence/C1/log.txt"), FileTime.from(Instant.parse("2026-01-01T00:00:00Z")));
    }

    @Test
    void theSameFolderSeenTwiceHasNoDifference() throws Exception {
        givenAFolder();

        InputFingerprint manager = InputFingerprint.of(input);
        InputFingerprint worker = InputFingerprint.of(input);

        assertThat(worker.differences(manager, "here", "there")).isEmpty();
        assertThat(worker.files()).isEqualTo(1);
        assertThat(worker.bytes()).isEqualTo(3);
    }

    @Test
    void aTableThatChangedIsNamedWithBothDigests() throws Exception {
        givenAFolder();
        InputFingerprint manager = InputFingerprint.of(input);

        Files.writeString(input.resolve("evidence.csv"), "evidence_id\nE1\nE2\n");
        InputFingerprint worker = InputFingerprint.of(input);

        assertThat(worker.differences(manager, "on worker w1", "by the manager"))
                .singleElement()
                .asString()
                .startsWith("evidence.csv has SHA-256 ")
                .contains(" on worker w1 but ")
                .endsWith(" by the manager");
    }

    @Test
    void anEvidenceFileOfAnotherSizeOrTimeShowsInTheFilesLine() throws Exception {
        givenAFolder();
        InputFingerprint manager = InputFingerprint.of(input);

        Files.writeString(input.resolve("evidence/C1/log.txt"), "ran twice");
        InputFingerprint worker = InputFingerprint.of(input);

        assertThat(worker.differences(manager, "here", "there"))
                .containsExactly("the files below the folder differ: 1 files, 9 bytes here; 1 files, 3 bytes there "
                        + "(paths, sizes or modification times)");
    }

    @Test
    void aMissingTableIsNamed() throws Exception {
        givenAFolder();
        InputFingerprint manager = InputFingerprint.of(input);

        Files.delete(input.resolve("controls.csv"));

        assertThat(InputFingerprint.of(input).differences(manager, "here", "there"))
                .containsExactly("controls.csv is missing here but was read there");
    }

    @Test
    void aFingerprintSurvivesItsEncoding() throws Exception {
        givenAFolder();
        Files.writeString(input.resolve("scope file.yaml"), "x: 1\n");
        InputFingerprint fingerprint = InputFingerprint.of(input);

        assertThat(InputFingerprint.decode(fingerprint.encode())).isEqualTo(fingerprint);
    }
}
