package io.auditpack.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FailureReasonTest {
    @TempDir
    Path output;

    @Test
    void aFullDiskIsNamedWithTheFolderBeingWrittenAndTheSpaceLeft() {
        Path folder = output.resolve("soc2");
        Exception failure = new UncheckedIOException(
                new FileSystemException(folder + "/.staging-1/soc2-v0001.zip", null, "No space left on device"));

        String reason = FailureReason.of(failure, folder);

        assertThat(reason)
                .startsWith("the disk is full: no space left on device while writing in " + folder)
                .contains("MB free there now")
                .endsWith("free some space there and run again");
    }

    @Test
    void otherFailuresKeepTheirMessageWithoutTheExceptionName() {
        assertThat(FailureReason.of(new IOException("Permission denied"), output))
                .isEqualTo("Permission denied");
    }

    @Test
    void aFailureWithoutAMessageIsNamedByItsKind() {
        assertThat(FailureReason.of(new IllegalStateException(), output))
                .isEqualTo("an unexpected IllegalStateException");
    }
}
