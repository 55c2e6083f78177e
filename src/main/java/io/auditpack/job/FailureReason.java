package io.auditpack.job;

import io.auditpack.guard.InputChangedException;
import io.auditpack.pack.publish.PartialPublishException;
import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Words a run's failure for the person reading it. A full disk ({@code No space left on device}, or a quota) is
 * named as such with the folder being written and the space left there.
 */
public final class FailureReason {
    private static final String[] FULL = {"No space left on device", "Disk quota exceeded", "There is not enough space"
    };

    private FailureReason() {}

    /** The reason a run failed, in words; {@code folder} is the folder it was writing in (for a full disk). */
    public static String of(Throwable failure, Path folder) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof PartialPublishException partial) {
                return String.valueOf(partial.getMessage());
            }
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage());
            for (String full : FULL) {
                if (message.contains(full)) {
                    return "the disk is full: " + full.toLowerCase(Locale.ROOT) + " while writing in " + folder
                            + free(folder) + "; free some space there and run again";
                }
            }
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof InputChangedException changed) {
                return String.valueOf(changed.getMessage());
            }
        }
        return failure.getMessage() != null && !failure.getMessage().isBlank()
                ? failure.getMessage()
                : "an unexpected " + failure.getClass().getSimpleName();
    }

    private static String free(Path folder) {
        Path existing = folder;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return "";
        }
        try {
            FileStore store = Files.getFileStore(existing);
            return String.format(Locale.ROOT, " (%.1f MB free there now)", store.getUsableSpace() / 1e6);
        } catch (IOException e) {
            return "";
        }
    }
}
