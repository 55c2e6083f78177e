package io.auditpack.guard;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/** Names the kind of a file for messages (a named pipe, a device...) and counts its names, where the platform says. */
final class FileKinds {
    private static final int TYPE = 0170000;
    private static final int FIFO = 0010000;
    private static final int CHARACTER_DEVICE = 0020000;
    private static final int BLOCK_DEVICE = 0060000;
    private static final int SOCKET = 0140000;
    private static final int DIRECTORY = 0040000;
    private static final int LINK = 0120000;

    private FileKinds() {}

    /** {@code a named pipe (FIFO)}, {@code a device}, {@code a socket}, {@code a folder}, ... (links not followed). */
    static String describe(Path path) {
        return describe(path, LinkOption.NOFOLLOW_LINKS);
    }

    /** As {@link #describe(Path)}, following links when no option is given. */
    static String describe(Path path, LinkOption... options) {
        try {
            int mode = (Integer) Files.getAttribute(path, "unix:mode", options);
            return switch (mode & TYPE) {
                case FIFO -> "a named pipe (FIFO)";
                case CHARACTER_DEVICE, BLOCK_DEVICE -> "a device";
                case SOCKET -> "a socket";
                case DIRECTORY -> "a folder";
                case LINK -> "a symbolic link";
                default -> "not a plain file";
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "a named pipe, a device or a socket";
        }
    }

    /** The number of names (hard links) of a file; 1 where the platform does not say. */
    static int links(Path path) {
        try {
            return (Integer) Files.getAttribute(path, "unix:nlink", LinkOption.NOFOLLOW_LINKS);
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return 1;
        }
    }
}
