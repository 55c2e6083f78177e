package io.auditpack.verdict;

import java.util.Objects;

/**
 * The version a pack is rendered as: its number (from 1) and the SHA-256 of the previous version's ZIP (empty for
 * the first version). Reports print both; nothing else in a pack depends on the version.
 */
public record VersionStamp(int version, String previousSha256) {
    public VersionStamp {
        if (version < 1 || version > 9999) {
            throw new IllegalArgumentException("version must be 1..9999: " + version);
        }
        previousSha256 = Objects.requireNonNullElse(previousSha256, "");
        if (!previousSha256.isEmpty() && !previousSha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("previous SHA-256 must be 64 lower-case hex digits");
        }
    }

    public static VersionStamp first() {
        return new VersionStamp(1, "");
    }

    /** {@code v0007}. */
    public String label() {
        return "v%04d".formatted(version);
    }
}
