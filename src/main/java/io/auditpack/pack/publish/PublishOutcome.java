package io.auditpack.pack.publish;

import io.auditpack.pack.StagedPack;
import io.auditpack.pack.version.PublishedVersion;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a publication did: {@code published} true with the new version and its details, or false with the latest
 * version, whose content equals this run's (details null).
 */
public record PublishOutcome(
        boolean published,
        PublishedVersion version,
        @Nullable StagedPack details) {
    public PublishOutcome {
        Objects.requireNonNull(version, "version must not be null");
        if (published != (details != null)) {
            throw new IllegalArgumentException("details go with a published version, and only with one");
        }
    }

    public static PublishOutcome unchanged(PublishedVersion latest) {
        return new PublishOutcome(false, latest, null);
    }

    public static PublishOutcome published(PublishedVersion version, StagedPack details) {
        return new PublishOutcome(true, version, details);
    }
}
