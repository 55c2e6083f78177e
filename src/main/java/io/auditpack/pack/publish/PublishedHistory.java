package io.auditpack.pack.publish;

import io.auditpack.domain.PackHistory;
import io.auditpack.domain.PackSnapshot;
import io.auditpack.pack.bag.BagInfo;
import io.auditpack.pack.bag.BagTags;
import io.auditpack.pack.snapshot.PackSnapshots;
import io.auditpack.pack.version.PublishedVersion;
import io.auditpack.pack.version.VersionStore;
import io.auditpack.pack.zip.PackArchive;
import io.auditpack.verdict.VersionStamp;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What is published of a job before a run of it computes its verdict: its {@code latest} version (if any), the stamp
 * it was published with ({@code latestStamp}: its number and its predecessor's SHA-256, from its metrics or else its
 * bag-info; empty when neither can be read), its snapshot (empty when it cannot be read), and, for a management
 * review, every readable version of every other job under the output folder ({@code others}). Read once per run,
 * under the job's lock.
 */
public record PublishedHistory(
        Path outputRoot,
        String job,
        Optional<PublishedVersion> latest,
        Optional<VersionStamp> latestStamp,
        Optional<PackSnapshot> latestSnapshot,
        List<PackSnapshot> others) {

    public PublishedHistory {
        Objects.requireNonNull(outputRoot, "outputRoot must not be null");
        Objects.requireNonNull(job, "job must not be null");
        Objects.requireNonNull(latest, "latest must not be null");
        Objects.requireNonNull(latestStamp, "latestStamp must not be null");
        Objects.requireNonNull(latestSnapshot, "latestSnapshot must not be null");
        others = List.copyOf(others);
    }

    /** Reads the published versions of {@code job}; with {@code withOthers}, every other job's too. */
    public static PublishedHistory read(Path outputRoot, String job, boolean withOthers) throws IOException {
        Optional<PublishedVersion> latest = new VersionStore(outputRoot, job).latest();
        Optional<PackSnapshot> snapshot = latest.isEmpty()
                ? Optional.empty()
                : PackSnapshots.version(outputRoot, job, latest.get().version());
        Optional<VersionStamp> stamp = snapshot.isPresent()
                ? snapshot.map(s -> new VersionStamp(s.version(), s.previousSha256()))
                : latest.flatMap(PublishedHistory::stampFromBagInfo);
        return new PublishedHistory(
                outputRoot, job, latest, stamp, snapshot, withOthers ? PackSnapshots.all(outputRoot, job) : List.of());
    }

    /** The stamp a version was published with, from its bag-info alone; empty when that cannot be read. */
    private static Optional<VersionStamp> stampFromBagInfo(PublishedVersion version) {
        try (PackArchive archive = PackArchive.open(version.zip())) {
            Optional<String> text = archive.text(BagTags.BAG_INFO);
            if (text.isEmpty()) {
                return Optional.empty();
            }
            String previous =
                    BagInfo.parse(text.get()).get(BagInfo.PREVIOUS_SHA256).orElse("");
            return Optional.of(new VersionStamp(version.version(), previous.equals(BagInfo.NONE) ? "" : previous));
        } catch (IOException | IllegalArgumentException unreadable) {
            return Optional.empty();
        }
    }

    /** The stamp of the next version: one after the latest (or the first), chained to the latest's SHA-256. */
    public VersionStamp nextStamp() throws IOException {
        int version = latest.map(l -> l.version() + 1).orElse(1);
        if (version > 9999) {
            throw new IOException("job " + job + " has reached version 9999, the last one");
        }
        return new VersionStamp(version, latest.map(PublishedVersion::sha256).orElse(""));
    }

    /** The history the next version is rendered with: the latest version before it, and the other jobs. */
    public PackHistory nextHistory() {
        return new PackHistory(latestSnapshot, others);
    }

    /** The history the latest version was rendered with: the version before it (read now), and the other jobs. */
    public PackHistory latestHistory() throws IOException {
        int before = latest.map(PublishedVersion::version).orElse(1) - 1;
        return new PackHistory(PackSnapshots.version(outputRoot, job, before), others);
    }
}
