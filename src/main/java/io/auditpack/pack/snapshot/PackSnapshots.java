package io.auditpack.pack.snapshot;

import io.auditpack.domain.PackSnapshot;
import io.auditpack.pack.bag.BagTags;
import io.auditpack.pack.bag.Manifest;
import io.auditpack.pack.version.PublishedVersion;
import io.auditpack.pack.version.Sidecar;
import io.auditpack.pack.version.VersionStore;
import io.auditpack.pack.zip.PackArchive;
import io.auditpack.pack.zip.PackFormatException;
import io.auditpack.pack.zip.Sha256;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Reads {@link PackSnapshot}s from published pack ZIPs, through {@link PackArchive}'s limits: the pack's
 * {@code data/metrics.json} and {@code manifest-sha256.txt}, and the ZIP's SHA-256 (from its sidecar when that is
 * well-formed, else computed).
 */
public final class PackSnapshots {
    private static final Pattern JOB_NAME = Pattern.compile("[a-z0-9-]+");

    private PackSnapshots() {}

    /**
     * One pack's snapshot.
     *
     * @throws PackFormatException when the ZIP is not a readable pack or its metrics.json or manifest is missing or
     *                             malformed (the message names the file)
     */
    public static PackSnapshot read(Path zip) throws IOException {
        Optional<String> declared = Sidecar.read(zip);
        return read(zip, declared.isPresent() ? declared.get() : Sha256.of(zip));
    }

    static PackSnapshot read(Path zip, String sha256) throws IOException {
        String metrics;
        String manifest;
        try (PackArchive archive = PackArchive.open(zip)) {
            metrics = archive.text("data/metrics.json")
                    .orElseThrow(() -> new PackFormatException(zip.getFileName() + " holds no data/metrics.json"));
            manifest = archive.text(BagTags.MANIFEST)
                    .orElseThrow(() -> new PackFormatException(zip.getFileName() + " holds no " + BagTags.MANIFEST));
        }
        try {
            return SnapshotParser.parse(metrics, Manifest.parse(manifest).sha256ByPath(), sha256);
        } catch (IllegalArgumentException | tools.jackson.core.JacksonException e) {
            throw new PackFormatException(zip.getFileName() + ": " + e.getMessage());
        }
    }

    /** The snapshot of one version of a job, empty when it is not published or cannot be read. */
    public static Optional<PackSnapshot> version(Path outputRoot, String job, int version) throws IOException {
        if (version < 1) {
            return Optional.empty();
        }
        Path zip = new VersionStore(outputRoot, job).zipOf(version);
        if (!Files.isRegularFile(zip, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        try {
            return Optional.of(read(zip));
        } catch (PackFormatException unreadable) {
            return Optional.empty();
        }
    }

    /**
     * Every readable published version of every job under an output folder, sorted by job then version. A version
     * that cannot be read as a pack is left out ({@code verify} names its problem).
     */
    public static List<PackSnapshot> all(Path outputRoot) throws IOException {
        return all(outputRoot, "");
    }

    /** As {@link #all(Path)}, leaving out one job (empty: none). */
    public static List<PackSnapshot> all(Path outputRoot, String exceptJob) throws IOException {
        List<PackSnapshot> read = new ArrayList<>();
        for (String job : jobs(outputRoot)) {
            if (job.equals(exceptJob)) {
                continue;
            }
            for (PublishedVersion version : new VersionStore(outputRoot, job).versions()) {
                try {
                    read.add(read(version.zip(), version.sha256()));
                } catch (PackFormatException unreadable) {
                    // left out: a damaged version is verify's business, not the reader's
                }
            }
        }
        return List.copyOf(read);
    }

    private static List<String> jobs(Path outputRoot) throws IOException {
        TreeSet<String> names = new TreeSet<>();
        if (!Files.isDirectory(outputRoot)) {
            return List.of();
        }
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(outputRoot)) {
            for (Path folder : folders) {
                String name = folder.getFileName().toString();
                if (JOB_NAME.matcher(name).matches() && Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
                    names.add(name);
                }
            }
        }
        return List.copyOf(names);
    }
}
