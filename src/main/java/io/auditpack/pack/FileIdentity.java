package io.auditpack.pack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Objects;

/**
 * What tells that a file is still the one written: its size, its modification time (to the nanosecond where the
 * file system keeps it) and its file key (device and inode on Linux). Any write, truncation or replacement changes
 * one of them; a hard link to the file shares all three.
 */
public record FileIdentity(long size, FileTime modified, Object key) {
    public FileIdentity {
        Objects.requireNonNull(modified, "modified must not be null");
    }

    public static FileIdentity of(Path file) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        return new FileIdentity(attributes.size(), attributes.lastModifiedTime(), attributes.fileKey());
    }
}
