package io.auditpack.pack.snapshot;

import io.auditpack.pack.verify.PackVerifier;
import io.auditpack.pack.zip.PackArchive;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/** Reads small files of a published pack, through the same limits as {@link PackVerifier}. */
public final class PackFiles {
    private PackFiles() {}

    /**
     * A file of the bag as UTF-8 text, by its path inside the bag folder (e.g. {@code data/metrics.json}); empty when
     * the pack has no such file.
     *
     * @throws IOException when the ZIP is unreadable as a pack, or the file is over 64 MiB or not UTF-8
     */
    public static Optional<String> text(Path zip, String pathInBag) throws IOException {
        try (PackArchive archive = PackArchive.open(zip)) {
            return archive.text(pathInBag);
        }
    }
}
