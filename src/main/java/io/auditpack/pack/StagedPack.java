package io.auditpack.pack;

import io.auditpack.pack.zip.Sha256;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A pack ZIP written (to a staging folder, or once published, its final place) with its SHA-256 (taken from the
 * bytes as they were written), payload size, and the identity of the file when it was closed.
 */
public record StagedPack(Path zip, String sha256, long payloadBytes, int payloadFiles, FileIdentity written) {
    public StagedPack {
        Objects.requireNonNull(zip, "zip must not be null");
        Objects.requireNonNull(written, "written must not be null");
        if (sha256 == null || !Sha256.HEX.matcher(sha256).matches()) {
            throw new IllegalArgumentException("sha256 must be 64 lower-case hex digits: " + sha256);
        }
        if (payloadBytes < 0 || payloadFiles < 0) {
            throw new IllegalArgumentException("payload size and count must not be negative");
        }
    }

    /** The same pack at another path (after publication). */
    public StagedPack at(Path newZip) {
        return new StagedPack(newZip, sha256, payloadBytes, payloadFiles, written);
    }
}
