package io.auditpack.pack.publish;

import io.auditpack.pack.StagedPack;
import io.auditpack.pack.version.PublishedVersion;
import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The result of {@link Publisher#prepare}: either the latest version already holds this content ({@code unchanged},
 * {@code latest} set), or a new version is staged ({@code staged} set: the ZIP in {@code stagingFolder}, to become
 * {@code target}). A staged candidate is finished by {@link Publisher#commit} or {@link Publisher#discard}.
 */
public record Candidate(
        int version,
        @Nullable PublishedVersion latest,
        @Nullable StagedPack staged,
        @Nullable Path stagingFolder,
        @Nullable Path target) {
    public Candidate {
        boolean unchanged = staged == null;
        if (unchanged) {
            Objects.requireNonNull(latest, "an unchanged candidate names the latest version");
            if (stagingFolder != null || target != null || version != latest.version()) {
                throw new IllegalArgumentException("an unchanged candidate has nothing staged");
            }
        } else {
            Objects.requireNonNull(stagingFolder, "stagingFolder must not be null");
            Objects.requireNonNull(target, "target must not be null");
        }
    }

    static Candidate unchanged(PublishedVersion latest) {
        return new Candidate(latest.version(), latest, null, null, null);
    }

    static Candidate staged(
            int version, @Nullable PublishedVersion latest, StagedPack staged, Path stagingFolder, Path target) {
        return new Candidate(version, latest, staged, stagingFolder, target);
    }

    /** Whether the content equals the latest version's, so nothing is to be published. */
    public boolean unchanged() {
        return staged == null;
    }
}
