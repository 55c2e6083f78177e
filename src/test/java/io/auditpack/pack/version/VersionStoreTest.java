package io.auditpack.pack.version;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.auditpack.pack.zip.Sha256;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VersionStoreTest {
    @TempDir
    Path output;

    @Test
    void versionsAreTheJobsNumberedZipsOnlyOldestFirst() throws IOException {
        Path job = Files.createDirectories(output.resolve("ops"));
        Files.writeString(job.resolve("ops-v0002.zip"), "two");
        Files.writeString(job.resolve("ops-v0001.zip"), "one");
        Files.writeString(job.resolve("ops-v0010.zip"), "ten");
        Files.writeString(job.resolve("ops-v12.zip"), "bad number");
        Files.writeString(job.resolve("other-v0003.zip"), "other job");
        Files.writeString(job.resolve("ops-v0011.zip.tmp"), "temp");
        Files.createDirectories(job.resolve(".staging-123"))
                .resolve("ops-v0011.zip")
                .toFile()
                .createNewFile();
        Files.createDirectories(job.resolve("ops-v0099.zip"));

        VersionStore store = new VersionStore(output, "ops");

        assertThat(store.versions()).extracting(PublishedVersion::version).containsExactly(1, 2, 10);
        assertThat(store.latest()).get().extracting(PublishedVersion::version).isEqualTo(10);
        assertThat(store.jobFolder()).isEqualTo(job.toAbsolutePath());
    }

    @Test
    void aWellFormedSidecarGivesTheHashOtherwiseTheZipIsHashed() throws IOException {
        Path job = Files.createDirectories(output.resolve("ops"));
        Files.writeString(job.resolve("ops-v0001.zip"), "one");
        Files.writeString(job.resolve("ops-v0001.zip.sha256"), "cd".repeat(32) + "  ops-v0001.zip\n");
        Files.writeString(job.resolve("ops-v0002.zip"), "two");
        Files.writeString(job.resolve("ops-v0002.zip.sha256"), "not a hash  ops-v0002.zip\n");

        var versions = new VersionStore(output, "ops").versions();

        assertThat(versions.get(0).sha256()).isEqualTo("cd".repeat(32));
        assertThat(versions.get(1).sha256()).isEqualTo(Sha256.of(job.resolve("ops-v0002.zip")));
    }

    @Test
    void aJobWithoutAFolderHasNoVersions() throws IOException {
        assertThat(new VersionStore(output, "none").versions()).isEmpty();
        assertThat(new VersionStore(output, "none").latest()).isEmpty();
    }

    @Test
    void aJobNameThatCouldNameAnotherFolderIsRefused() {
        assertThatThrownBy(() -> new VersionStore(output, "../x")).hasMessageContaining("[a-z0-9-]+");
    }
}
