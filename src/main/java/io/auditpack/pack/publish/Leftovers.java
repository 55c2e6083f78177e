package io.auditpack.pack.publish;

import io.auditpack.pack.FileTrees;
import io.auditpack.pack.verify.PackVerifier;
import io.auditpack.pack.verify.VerifyReport;
import io.auditpack.pack.version.PublishedVersion;
import io.auditpack.pack.version.Sidecar;
import io.auditpack.pack.version.VersionStore;
import io.auditpack.pack.zip.Sha256;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Cleans up after a publisher that died (SIGKILL, crash, power loss) in a job's folder. Call it only while holding
 * the job's lock: then no live run is writing there. It removes every {@code .staging-*} folder (and
 * {@code .sidecar-*} temporary file), and when the
 * newest version's ZIP has no {@code .sha256} beside it (the process died between linking the ZIP and its sidecar)
 * and the ZIP verifies, it writes the sidecar. It never touches a published ZIP.
 */
public final class Leftovers {
    private Leftovers() {}

    /** Cleans the job's folder; returns one line per thing it did, for the run's log. */
    public static List<String> sweep(Path outputRoot, String job) throws IOException {
        VersionStore store = new VersionStore(outputRoot, job);
        List<String> done = new ArrayList<>();
        if (!Files.isDirectory(store.jobFolder())) {
            return done;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(store.jobFolder(), ".{staging,sidecar}-*")) {
            for (Path staging : entries) {
                if (FileTrees.deleteQuietly(staging)) {
                    done.add("removed " + staging.getFileName() + ", left by a run that did not finish");
                } else {
                    done.add("could not remove " + staging + "; remove it by hand");
                }
            }
        }
        Optional<PublishedVersion> latest = store.latest();
        if (latest.isPresent() && !Files.exists(Sidecar.of(latest.get().zip()))) {
            Path zip = latest.get().zip();
            VerifyReport report = new PackVerifier().verify(zip);
            if (report.ok()) {
                writeSidecar(zip, Sha256.of(zip));
                done.add("wrote " + Sidecar.of(zip).getFileName() + ", which the run that published "
                        + zip.getFileName() + " did not live to write");
            } else {
                done.add(zip.getFileName() + " has no .sha256 beside it and does not verify: left as it is");
            }
        }
        return done;
    }

    private static void writeSidecar(Path zip, String sha256) throws IOException {
        Path sidecar = Sidecar.of(zip);
        Path temporary = Files.createTempFile(zip.getParent(), ".sidecar-", ".tmp");
        try {
            Files.writeString(
                    temporary, Sidecar.text(sha256, zip), StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
            try {
                Files.createLink(sidecar, temporary);
            } catch (FileAlreadyExistsException e) {
                // another writer got there first; its sidecar stays
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
