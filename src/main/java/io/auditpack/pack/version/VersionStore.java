package io.auditpack.pack.version;

import io.auditpack.pack.PackBuilder;
import io.auditpack.pack.zip.Sha256;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The published versions of one job: the regular files {@code <job>-v<NNNN>.zip} in {@code <outputRoot>/<job>/},
 * nothing else (staging folders, sidecars and stray files are ignored). A version's SHA-256 comes from its
 * {@code .sha256} sidecar when that is present and well-formed, otherwise from the ZIP itself.
 */
public final class VersionStore {
    private static final Pattern JOB_NAME = Pattern.compile("[a-z0-9-]+");

    private final Path outputRoot;
    private final String jobName;
    private final Pattern zipName;

    public VersionStore(Path outputRoot, String jobName) {
        if (jobName == null || !JOB_NAME.matcher(jobName).matches()) {
            throw new IllegalArgumentException("job name must match [a-z0-9-]+: " + jobName);
        }
        this.outputRoot = outputRoot.toAbsolutePath();
        this.jobName = jobName;
        this.zipName = Pattern.compile(Pattern.quote(jobName) + "-v(\\d{4})\\.zip");
    }

    public Path jobFolder() {
        return outputRoot.resolve(jobName);
    }

    /** Every published version, oldest first. */
    public List<PublishedVersion> versions() throws IOException {
        List<Path> zips = new ArrayList<>();
        if (!Files.isDirectory(jobFolder())) {
            return List.of();
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(jobFolder())) {
            for (Path file : files) {
                if (version(file) > 0 && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                    zips.add(file);
                }
            }
        }
        zips.sort(Comparator.comparingInt(this::version));
        List<PublishedVersion> versions = new ArrayList<>();
        for (Path zip : zips) {
            versions.add(describe(zip));
        }
        return List.copyOf(versions);
    }

    /** The newest published version, if any. */
    public Optional<PublishedVersion> latest() throws IOException {
        Optional<Path> newest = Optional.empty();
        if (Files.isDirectory(jobFolder())) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(jobFolder())) {
                for (Path file : files) {
                    if (version(file) > 0
                            && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                            && (newest.isEmpty() || version(file) > version(newest.get()))) {
                        newest = Optional.of(file);
                    }
                }
            }
        }
        return newest.isEmpty() ? Optional.empty() : Optional.of(describe(newest.get()));
    }

    /** The path a version's ZIP has (whether or not it exists). */
    public Path zipOf(int version) {
        return jobFolder().resolve(PackBuilder.zipName(jobName, version));
    }

    private PublishedVersion describe(Path zip) throws IOException {
        Optional<String> declared = Sidecar.read(zip);
        return new PublishedVersion(version(zip), zip, declared.isPresent() ? declared.get() : Sha256.of(zip));
    }

    /** The version number in a file name, 0 when the name is not {@code <job>-v<NNNN>.zip} (or says v0000). */
    private int version(Path file) {
        Matcher m = zipName.matcher(file.getFileName().toString());
        return m.matches() ? Integer.parseInt(m.group(1)) : 0;
    }
}
