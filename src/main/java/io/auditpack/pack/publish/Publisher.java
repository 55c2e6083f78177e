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
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Publishes a pack as the next version of its job, never replacing a file: the ZIP is built in a staging folder
 * {@code <output>/<job>/.staging-<random>/}, flushed to disk, then given its final name with a hard link (which
 * fails when the name is taken), then its {@code .sha256} sidecar the same way; both files appear together or
 * neither does (a sidecar that cannot be linked withdraws the ZIP's new name). Where hard links are unsupported,
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
    private final PublishDisk disk;

    public Publisher(PackBuilder builder) {
        this(builder, new PublishDisk());
    }

    /** With the file operations of publishing given (a test makes one fail). */
    Publisher(PackBuilder builder, PublishDisk disk) {
        this.builder = builder;
        this.disk = disk;
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

    /**
     * Publishes a staged candidate (an unchanged one just reports the latest version): both names free, the sidecar
     * written and flushed in the staging folder, the ZIP flushed, then the ZIP linked and the sidecar linked. If the
     * sidecar cannot be linked (a full disk, a name taken meanwhile), the ZIP's new name is withdrawn again: a failed
     * commit leaves neither file visible.
     */
    public PublishOutcome commit(Candidate candidate) throws IOException {
        if (candidate.unchanged()) {
            return PublishOutcome.unchanged(Objects.requireNonNull(candidate.latest()));
        }
        try {
            StagedPack staged = Objects.requireNonNull(candidate.staged());
            if (!FileIdentity.of(staged.zip()).equals(staged.written())) {
                throw new IOException("staged " + staged.zip() + " changed since it was built; not published");
            }
            Path target = Objects.requireNonNull(candidate.target());
            Path sidecar = Sidecar.of(target);
            refuseTaken(candidate.version(), target, sidecar);
            Path sidecarStaged =
                    Objects.requireNonNull(candidate.stagingFolder()).resolve(sidecar.getFileName());
            disk.write(sidecarStaged, Sidecar.text(staged.sha256(), target));
            disk.force(sidecarStaged);
            disk.force(staged.zip());
            if (!disk.link(staged.zip(), target)) {
                throw new VersionTakenException(candidate.version(), target.toString());
            }
            linkSidecarOrWithdraw(sidecarStaged, sidecar, target);
            disk.forceFolder(Objects.requireNonNull(target.getParent()));
            return PublishOutcome.published(
                    new PublishedVersion(candidate.version(), target, staged.sha256()), staged.at(target));
        } finally {
            FileTrees.deleteQuietly(Objects.requireNonNull(candidate.stagingFolder()));
        }
    }

    /** Both names of a version must be free before either is linked: anything at either name is left alone. */
    private static void refuseTaken(int version, Path target, Path sidecar) throws IOException {
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new VersionTakenException(version, target.toString());
        }
        if (Files.exists(sidecar, LinkOption.NOFOLLOW_LINKS)) {
            String what = Files.isDirectory(sidecar, LinkOption.NOFOLLOW_LINKS)
                    ? "a folder"
                    : Files.isSymbolicLink(sidecar) ? "a symbolic link" : "a file";
            throw new IOException(
                    "cannot publish version %04d: %s already exists (%s) without %s beside it; it was left as it is; remove or rename it and run again"
                            .formatted(version, sidecar, what, target.getFileName()));
        }
    }

    /** Links the sidecar; when that fails, removes the ZIP's name just made, so neither file stays visible. */
    private void linkSidecarOrWithdraw(Path sidecarStaged, Path sidecar, Path target) throws IOException {
        IOException failure;
        try {
            if (disk.link(sidecarStaged, sidecar)) {
                return;
            }
            failure = new IOException(sidecar + " appeared meanwhile; it was left as it is");
        } catch (IOException e) {
            failure = e;
        }
        try {
            disk.delete(target);
            disk.forceFolder(Objects.requireNonNull(target.getParent()));
        } catch (IOException e) {
            failure.addSuppressed(e);
            throw new PartialPublishException(
                    target.getFileName() + " was linked but its .sha256 could not be (" + failure.getMessage()
                            + ") and withdrawing it failed too (" + e.getMessage() + "): "
                            + PartialPublishException.VISIBLE
                            + "; the ZIP is whole and verifies, and the next run of the job writes its .sha256",
                    failure);
        }
        throw failure;
    }

    /** Drops a staged candidate without publishing it. */
    public void discard(Candidate candidate) {
        if (!candidate.unchanged()) {
            FileTrees.deleteQuietly(Objects.requireNonNull(candidate.stagingFolder()));
        }
    }
}
