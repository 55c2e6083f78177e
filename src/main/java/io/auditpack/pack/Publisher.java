package io.auditpack.pack;

import io.auditpack.domain.AuditResult;
import io.auditpack.domain.InputSet;
import io.auditpack.domain.PackHistory;
import io.auditpack.domain.PackSnapshot;
import io.auditpack.domain.PackageType;
import io.auditpack.report.PackContext;
import io.auditpack.report.VersionStamp;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Publishes a pack as the next version of its job, never replacing a file: the ZIP is built in a staging folder
 * {@code <output>/<job>/.staging-<random>/}, flushed to disk, then given its final name with a hard link (which
 * fails when the name is taken), then its {@code .sha256} sidecar the same way; both files appear together or
 * neither does (a sidecar that cannot be linked withdraws the ZIP's new name). Where hard links are unsupported,
 * an atomic move after checking the target is absent stands in. Whatever fails, the staging folder is removed and
 * no existing version is touched.
 * <p>
 * A run whose manifest and bag-info, rendered as the latest version, equal the latest version's publishes nothing:
 * that check renders the reports into digests only, stops at the first difference, and reads no more of the
 * latest ZIP than its two tag files (and the metrics of the version before it, for its history).
 * <p>
 * Each version is rendered with its {@link PackHistory}: the snapshot of the version before it and, for a
 * management review, every published version of every other job in the output folder.
 * {@link #prepare} and {@link #commit} are the two phases, for callers that run them as separate steps. Before
 * linking, {@link #commit} checks that the staged ZIP is still the file that was written and hashed (same size,
 * modification time and inode: {@link FileIdentity}) rather than reading a gigabyte again.
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

    /** {@link #prepare} then {@link #commit}. */
    public PublishOutcome publish(AuditResult result, InputSet inputs, Path outputRoot) throws IOException {
        return commit(prepare(result, inputs, outputRoot));
    }

    /** Decides whether the content changed and, when it did, stages the next version. */
    public Candidate prepare(AuditResult result, InputSet inputs, Path outputRoot) throws IOException {
        return prepare(result, inputs, outputRoot, PackProgress.NONE);
    }

    /** {@link #prepare(AuditResult, InputSet, Path)}, telling {@code progress} how the staging goes. */
    public Candidate prepare(AuditResult result, InputSet inputs, Path outputRoot, PackProgress progress)
            throws IOException {
        VersionStore store = new VersionStore(outputRoot, result.job().name());
        Optional<PublishedVersion> latest = store.latest();
        List<PackSnapshot> others = result.job().packageType() == PackageType.MANAGEMENT_REVIEW
                ? PackSnapshots.all(outputRoot, result.job().name())
                : List.of();
        if (latest.isPresent()
                && sameContent(
                        latest.get(),
                        result,
                        inputs,
                        history(outputRoot, result, latest.get().version() - 1, others))) {
            return Candidate.unchanged(latest.get());
        }
        int version = latest.map(l -> l.version() + 1).orElse(1);
        if (version > 9999) {
            throw new IOException("job " + result.job().name() + " has reached version 9999, the last one");
        }
        VersionStamp stamp =
                new VersionStamp(version, latest.map(PublishedVersion::sha256).orElse(""));
        Files.createDirectories(store.jobFolder());
        Path staging = Files.createTempDirectory(store.jobFolder(), ".staging-");
        try {
            PackHistory history = history(outputRoot, result, version - 1, others);
            StagedPack staged = builder.stage(new PackContext(result, inputs, stamp, history), staging, progress);
            return Candidate.staged(version, latest.orElse(null), staged, staging, store.zipOf(version));
        } catch (IOException | RuntimeException e) {
            FileTrees.deleteQuietly(staging);
            throw e;
        }
    }

    /**
     * Publishes a staged candidate (an unchanged one just reports the latest version): both names free, the sidecar
     * written and flushed in the staging folder, the ZIP flushed, then the ZIP linked and the sidecar linked. If the
     * sidecar cannot be linked (a full disk, a name taken meanwhile), the ZIP's new name is withdrawn again: a failed
     * commit leaves neither file visible.
     */
    public PublishOutcome commit(Candidate candidate) throws IOException {
        if (candidate.unchanged()) {
            return PublishOutcome.unchanged(candidate.latest());
        }
        try {
            StagedPack staged = candidate.staged();
            if (!FileIdentity.of(staged.zip()).equals(staged.written())) {
                throw new IOException("staged " + staged.zip() + " changed since it was built; not published");
            }
            Path target = candidate.target();
            Path sidecar = Sidecar.of(target);
            refuseTaken(candidate.version(), target, sidecar);
            Path sidecarStaged = candidate.stagingFolder().resolve(sidecar.getFileName());
            disk.write(sidecarStaged, Sidecar.text(staged.sha256(), target));
            disk.force(sidecarStaged);
            disk.force(staged.zip());
            if (!disk.link(staged.zip(), target)) {
                throw new VersionTakenException(candidate.version(), target.toString());
            }
            linkSidecarOrWithdraw(sidecarStaged, sidecar, target);
            disk.forceFolder(target.getParent());
            return PublishOutcome.published(
                    new PublishedVersion(candidate.version(), target, staged.sha256()), staged.at(target));
        } finally {
            FileTrees.deleteQuietly(candidate.stagingFolder());
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
            disk.forceFolder(target.getParent());
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
            FileTrees.deleteQuietly(candidate.stagingFolder());
        }
    }

    /**
     * The history a version is rendered with: the snapshot of the version before it (so the latest version,
     * re-rendered for the unchanged check, sees the same predecessor it was published with) and the other jobs'.
     */
    private static PackHistory history(
            Path outputRoot, AuditResult result, int previousVersion, List<PackSnapshot> others) throws IOException {
        return new PackHistory(PackSnapshots.version(outputRoot, result.job().name(), previousVersion), others);
    }

    private boolean sameContent(PublishedVersion latest, AuditResult result, InputSet inputs, PackHistory history)
            throws IOException {
        String manifest;
        String bagInfoText;
        BagInfo bagInfo;
        try (PackArchive archive = PackArchive.open(latest.zip())) {
            Optional<String> m = archive.text(BagTags.MANIFEST);
            Optional<String> b = archive.text(BagTags.BAG_INFO);
            if (m.isEmpty() || b.isEmpty()) {
                return false;
            }
            manifest = m.get();
            bagInfoText = b.get();
            bagInfo = BagInfo.parse(bagInfoText);
        } catch (PackFormatException | IllegalArgumentException e) {
            return false;
        }
        String previous = bagInfo.get(BagInfo.PREVIOUS_SHA256).orElse("");
        if (previous.equals(BagInfo.NONE)) {
            previous = "";
        }
        if (!previous.isEmpty() && !Sha256.HEX.matcher(previous).matches()) {
            return false;
        }
        try {
            return builder.wouldEqual(
                    new PackContext(result, inputs, new VersionStamp(latest.version(), previous), history),
                    manifest,
                    bagInfoText);
        } catch (IllegalArgumentException malformedManifest) {
            return false;
        }
    }
}
