package io.auditpack.pack.version;

import io.auditpack.pack.zip.Sha256;
import java.nio.file.Path;
import java.util.Objects;

/** One published pack version: its number, its ZIP and the ZIP's SHA-256. */
public record PublishedVersion(int version, Path zip, String sha256) {
    public PublishedVersion {
        if (version < 1 || version > 9999) {
            throw new IllegalArgumentException("version must be 1..9999: " + version);
        }
        Objects.requireNonNull(zip, "zip must not be null");
        if (sha256 == null || !Sha256.HEX.matcher(sha256).matches()) {
            throw new IllegalArgumentException("sha256 must be 64 lower-case hex digits: " + sha256);
        }
    }
}
