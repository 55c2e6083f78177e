package io.auditpack.pack.publish;

import io.auditpack.pack.FileIdentity;
import io.auditpack.pack.FileTrees;
import io.auditpack.pack.PackBuilder;
import io.auditpack.pack.PackProgress;
import io.auditpack.pack.StagedPack;
import io.auditpack.pack.bag.BagTags;
import io.auditpack.pack.version.PublishedVersion;
import io.auditpack.pack.version.Sidecar;
import io.auditpack.pack.version.VersionStore;
import io.auditpack.pack.zip.PackArchive;
import io.auditpack.pack.zip.PackFormatException;
import io.auditpack.report.PackContext;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import java.util.Optional;

/**
 * Publishes a pack as the next version of its job, never replacing a file: the ZIP is built in a staging folder
 * {@code <output>/<job>/.staging-<random>/}, flushed to disk, then given its final name with a hard link (which
 * fails when the name is taken), then its {@code .sha256} sidecar the same way. Where hard links are unsupported,
 * an atomic move after checking the target is absent stands in. Whatever fails, the staging folder is removed and
 * no existing version is touched.
 * <p>
 * What is published is decided before: the verdict of a run is computed for the version it will be rendered as
 * ({@link PublishedHistory}). {@link #sameAsLatest} tells whether a context rendered as the latest version equals
 * it (nothing to publish), {@link #stage} writes the next version into a staging folder, and {@link #commit}
 * publishes it; before linking it checks that the staged ZIP is still the file that was written and hashed (same
 * size, modification time and inode: {@link FileIdentity}) rather than reading a gigabyte again.
 */
public final class Publisher {
    private final PackBuilder builder;

    public Publisher(PackBuilder builder) {
        this.builder = builder;
    }

    /**
     * Whether {@code context}, rendered as the latest version (its stamp and history), gives exactly the latest
     * version's manifest and bag-info: the content did not change. Decided without writing a ZIP, stopping at the first
     * difference (the reports are rendered into digests only; evidence files are compared by the SHA-256 the audit
     * took); reads no more of the latest ZIP than its two tag files.
     */
    public boolean sameAsLatest(PackContext context, PublishedVersion latest) throws IOException {
        if (context.stamp().version() != latest.version()) {
            throw new IllegalArgumentException(
                    "a context rendered as " + context.stamp().label() + " compared with v" + latest.version());
        }
        String manifest;
        String bagInfoText;
        try (PackArchive archive = PackArchive.open(latest.zip())) {
            Optional<String> m = archive.text(BagTags.MANIFEST);
            Optional<String> b = archive.text(BagTags.BAG_INFO);
            if (m.isEmpty() || b.isEmpty()) {
                return false;
            }
            manifest = m.get();
            bagInfoText = b.get();
        } catch (PackFormatException e) {
            return false;
        }
        try {
            return builder.wouldEqual(context, manifest, bagInfoText);
        } catch (IllegalArgumentException malformedManifest) {
            return false;
        }
    }

    /**
     * Stages {@code context} as its version ({@code context.stamp()}), the one after {@code latest}, in a staging
     * folder beside the published versions.
     */
    public Candidate stage(
            PackContext context, Path outputRoot, Optional<PublishedVersion> latest, PackProgress progress)
            throws IOException {
        VersionStore store = new VersionStore(outputRoot, context.result().job().name());
        int version = context.stamp().version();
        if (version != latest.map(l -> l.version() + 1).orElse(1)) {
            throw new IllegalArgumentException(
                    "a context rendered as " + context.stamp().label() + " does not follow the latest version v"
                            + latest.map(PublishedVersion::version).orElse(0));
        }
        Files.createDirectories(store.jobFolder());
        Path staging = Files.createTempDirectory(store.jobFolder(), ".staging-");
        try {
            StagedPack staged = builder.stage(context, staging, progress);
            return Candidate.staged(version, latest.orElse(null), staged, staging, store.zipOf(version));
        } catch (IOException | RuntimeException e) {
            FileTrees.deleteQuietly(staging);
            throw e;
        }
    }

    /** A candidate saying the latest version already holds this content. */
    public Candidate unchanged(PublishedVersion latest) {
        return Candidate.unchanged(latest);
    }

    /** Publishes a staged candidate (an unchanged one just reports the latest version). */
    public PublishOutcome commit(Candidate candidate) throws IOException {
        if (candidate.unchanged()) {
            return PublishOutcome.unchanged(Objects.requireNonNull(candidate.latest()));
        }
        try {
            StagedPack staged = Objects.requireNonNull(candidate.staged());
            if (!FileIdentity.of(staged.zip()).equals(staged.written())) {
                throw new IOException("staged " + staged.zip() + " changed since it was built; not published");
            }
            force(staged.zip());
            Path target = Objects.requireNonNull(candidate.target());
            if (!link(staged.zip(), target)) {
                throw new VersionTakenException(candidate.version(), target.toString());
            }
            Path sidecar = Sidecar.of(target);
            Path sidecarStaged =
                    Objects.requireNonNull(candidate.stagingFolder()).resolve(sidecar.getFileName());
            Files.writeString(
                    sidecarStaged,
                    Sidecar.text(staged.sha256(), target),
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
            force(sidecarStaged);
            if (!link(sidecarStaged, sidecar)) {
                throw new IOException(target.getFileName() + " is published but " + sidecar
                        + " already existed and was left as it is; its SHA-256 is " + staged.sha256());
            }
            forceFolder(Objects.requireNonNull(target.getParent()));
            return PublishOutcome.published(
                    new PublishedVersion(candidate.version(), target, staged.sha256()), staged.at(target));
        } finally {
            FileTrees.deleteQuietly(Objects.requireNonNull(candidate.stagingFolder()));
        }
    }

    /** Drops a staged candidate without publishing it. */
    public void discard(Candidate candidate) {
        if (!candidate.unchanged()) {
            FileTrees.deleteQuietly(Objects.requireNonNull(candidate.stagingFolder()));
        }
    }

    /** Gives {@code source} the name {@code target}; false when {@code target} exists (it is never replaced). */
    private static boolean link(Path source, Path target) throws IOException {
        try {
            Files.createLink(target, source);
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        } catch (UnsupportedOperationException e) {
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                return false;
            }
            try {
                Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException taken) {
                return false;
            }
            return true;
        }
    }

    private static void force(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /** Flushes a folder's entries where the platform allows it (Linux does; elsewhere this is skipped). */
    private static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // not supported for folders on this platform: the file data itself was already forced
        }
    }
}
