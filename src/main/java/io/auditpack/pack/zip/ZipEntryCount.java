package io.auditpack.pack.zip;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads the number of entries a ZIP declares in its end-of-central-directory record (or its ZIP64 variant) without
 * reading the central directory, so a limit can be enforced before any entry is loaded.
 */
final class ZipEntryCount {
    private static final int EOCD = 0x06054b50;
    private static final int ZIP64_LOCATOR = 0x07064b50;
    private static final int ZIP64_EOCD = 0x06064b50;
    private static final int EOCD_SIZE = 22;
    private static final int MAX_COMMENT = 0xFFFF;

    private ZipEntryCount() {}

    /** The declared entry count; a {@link PackFormatException} when no end record is found. */
    static long of(Path zip) throws IOException {
        try (SeekableByteChannel channel = Files.newByteChannel(zip)) {
            long size = channel.size();
            if (size < EOCD_SIZE) {
                throw new PackFormatException("not a ZIP file (" + size + " bytes, no end of central directory)");
            }
            int tail = (int) Math.min(size, EOCD_SIZE + MAX_COMMENT);
            ByteBuffer buffer = read(channel, size - tail, tail);
            for (int at = tail - EOCD_SIZE; at >= 0; at--) {
                if (buffer.getInt(at) == EOCD) {
                    long count = buffer.getShort(at + 10) & 0xFFFF;
                    if (count == 0xFFFF && size - tail + at >= 20) {
                        return zip64Count(channel, size - tail + at, count);
                    }
                    return count;
                }
            }
            throw new PackFormatException("not a ZIP file or truncated (no end of central directory)");
        }
    }

    private static long zip64Count(SeekableByteChannel channel, long eocdOffset, long fallback) throws IOException {
        ByteBuffer locator = read(channel, eocdOffset - 20, 20);
        if (locator.getInt(0) != ZIP64_LOCATOR) {
            return fallback;
        }
        long recordOffset = locator.getLong(8);
        if (recordOffset < 0 || recordOffset + 56 > channel.size()) {
            throw new PackFormatException("truncated ZIP64 end of central directory");
        }
        ByteBuffer record = read(channel, recordOffset, 56);
        if (record.getInt(0) != ZIP64_EOCD) {
            throw new PackFormatException("broken ZIP64 end of central directory");
        }
        long count = record.getLong(32);
        return count < 0 ? Long.MAX_VALUE : count;
    }

    private static ByteBuffer read(SeekableByteChannel channel, long offset, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        channel.position(offset);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer) < 0) {
                throw new PackFormatException("truncated ZIP file");
            }
        }
        return buffer.flip();
    }
}
