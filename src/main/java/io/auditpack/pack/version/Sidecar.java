package io.auditpack.pack.version;

import io.auditpack.guard.NamedFile;
import io.auditpack.guard.NamedFileException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code <zip>.sha256} file beside a pack: {@code <sha256>  <zip file name>\n}, the format {@code sha256sum -c}
 * reads.
 */
public final class Sidecar {
    private static final Pattern LINE = Pattern.compile("([0-9a-f]{64}) [ *](.+)\\n?");
    private static final int MAX_BYTES = 4096;

    private Sidecar() {}

    public static Path of(Path zip) {
        return zip.resolveSibling(zip.getFileName() + ".sha256");
    }

    public static String text(String sha256, Path zip) {
        return sha256 + "  " + zip.getFileName() + "\n";
    }

    /**
     * The hash the sidecar gives for this ZIP; empty when there is none, it is not a plain file of at most 4 KiB, or
     * it is not well-formed for this ZIP.
     */
    public static Optional<String> read(Path zip) throws IOException {
        Optional<String> text;
        try {
            text = rawText(zip);
        } catch (NamedFileException notAFile) {
            return Optional.empty();
        }
        return text.isEmpty() ? Optional.empty() : parse(text.get(), zip);
    }

    /**
     * Empty when absent; the raw text when present (for messages). A sidecar that is not a plain file (a named pipe,
     * a folder, a device) or holds more than 4 KiB is a {@link NamedFileException}: it is never opened or read whole.
     */
    public static Optional<String> rawText(Path zip) throws IOException {
        Path sidecar = of(zip);
        if (!Files.exists(sidecar)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new String(NamedFile.read(sidecar, MAX_BYTES), StandardCharsets.UTF_8));
        } catch (NamedFileException e) {
            if (e.problem().equals("does not exist")) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** The hash of a sidecar text naming this ZIP, or empty when the text is not well-formed for it. */
    public static Optional<String> parse(String text, Path zip) {
        Matcher m = LINE.matcher(text);
        if (!m.matches() || !m.group(2).equals(zip.getFileName().toString())) {
            return Optional.empty();
        }
        return Optional.of(m.group(1));
    }
}
