package io.auditpack.pack.publish;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * The file operations that make a staged pack visible, one call each: writing and flushing the sidecar, flushing
 * the ZIP, the two links, and withdrawing a link. A test subclasses it to make any one of them fail as a full disk
 * would ({@code PublishFaultTest}).
 */
class PublishDisk {
    /** Writes a new small text file (it must not exist). */
    void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    }

    /** Flushes a file's data to the disk. */
    void force(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /** Gives {@code source} the name {@code target}; false when {@code target} exists (it is never replaced). */
    boolean link(Path source, Path target) throws IOException {
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

    /** Removes a name this run gave (a link it made moments before). */
    void delete(Path file) throws IOException {
        Files.delete(file);
    }

    /** Flushes a folder's entries where the platform allows it (Linux does; elsewhere this is skipped). */
    void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // not supported for folders on this platform: the file data itself was already forced
        }
    }
}
