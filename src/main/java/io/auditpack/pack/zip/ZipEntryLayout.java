package io.auditpack.pack.zip;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipMethod;

/**
 * Checks what the central directory says about each entry against the bytes, before any entry is read: each entry's
 * local header is where the central directory says and agrees with it (the same name, version needed, flags and
 * method, and, without a data descriptor, the same CRC-32 and sizes); no entry is encrypted; no two entries share
 * bytes (overlapping entries are how a 200 KB ZIP makes a reader inflate terabytes); a stored entry declares as many
 * bytes as it holds; a deflated one no more than DEFLATE can produce from its compressed bytes ({@value #MAX_RATIO}
 * to 1); and all entries together no more than {@value #MAX_TOTAL_TEXT}. Reading then never inflates more than
 * declared ({@link CheckedEntryStream}), so a ZIP is inflated at most once and at most about a thousand times its
 * size.
 */
final class ZipEntryLayout {
    /** DEFLATE's best ratio is 1032:1 (258 bytes per 2-bit code), plus a few bytes for a tiny stream. */
    static final long MAX_RATIO = 1032;

    static final long MAX_TOTAL = 1L << 40;
    static final String MAX_TOTAL_TEXT = "1 TiB";
    private static final int LOCAL = 0x04034b50;
    private static final int ENCRYPTED = 0x0001;
    private static final int DATA_DESCRIPTOR = 0x0008;
    private static final long ZIP64 = 0xFFFFFFFFL;
    private static final int SLACK = 64;

    private ZipEntryLayout() {}

    /** Checks the entries; the first thing wrong is a {@link PackFormatException}. */
    static void check(Path file, List<ZipArchiveEntry> entries) throws IOException {
        List<long[]> ranges = new ArrayList<>();
        List<String> mismatches = new ArrayList<>();
        long total = 0;
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            long size = channel.size();
            for (int i = 0; i < entries.size(); i++) {
                ZipArchiveEntry entry = entries.get(i);
                declared(entry);
                total += entry.getSize();
                if (total > MAX_TOTAL) {
                    throw new PackFormatException("its entries declare more than " + MAX_TOTAL_TEXT
                            + " of content together; at most " + MAX_TOTAL_TEXT + " is read");
                }
                long start = entry.getLocalHeaderOffset();
                long dataStart = local(channel, size, entry, mismatches);
                long end = dataStart + entry.getCompressedSize();
                if (end > size) {
                    throw new PackFormatException("entry " + entry.getName() + " runs past the end of the file");
                }
                ranges.add(new long[] {start, end, i});
            }
        }
        ranges.sort(Comparator.comparingLong((long[] r) -> r[0]));
        for (int i = 1; i < ranges.size(); i++) {
            long[] before = ranges.get(i - 1);
            long[] after = ranges.get(i);
            if (after[0] < before[1]) {
                String first = entries.get((int) Math.min(before[2], after[2])).getName();
                String second = entries.get((int) Math.max(before[2], after[2])).getName();
                throw new PackFormatException("entries " + first + " and " + second
                        + " share bytes (one starts at byte " + after[0] + ", inside the other, which ends at byte "
                        + before[1] + "); overlapping entries are refused (they make a small ZIP inflate without end)");
            }
        }
        if (!mismatches.isEmpty()) {
            throw new PackFormatException(mismatches.get(0));
        }
    }

    /** The sizes an entry declares must be possible for its method. */
    private static void declared(ZipArchiveEntry entry) throws PackFormatException {
        long size = entry.getSize();
        long compressed = entry.getCompressedSize();
        if (size < 0 || compressed < 0) {
            throw new PackFormatException("entry " + entry.getName() + " declares no size");
        }
        if ((entry.getRawFlag() & ENCRYPTED) != 0) {
            throw new PackFormatException(
                    "entry " + entry.getName() + " is encrypted; a pack is never encrypted (its content is public)");
        }
        if (entry.getMethod() == ZipMethod.STORED.getCode() && size != compressed) {
            throw new PackFormatException("entry " + entry.getName() + " is stored but declares " + size
                    + " bytes of content in " + compressed + " bytes");
        } else if (entry.getMethod() == ZipMethod.DEFLATED.getCode() && size > compressed * MAX_RATIO + SLACK) {
            throw new PackFormatException("entry " + entry.getName() + " declares " + size + " bytes from " + compressed
                    + " compressed bytes, more than DEFLATE can produce (1,032 to 1)");
        } else if (entry.getMethod() != ZipMethod.STORED.getCode()
                && entry.getMethod() != ZipMethod.DEFLATED.getCode()) {
            throw new PackFormatException("entry " + entry.getName() + " uses compression method " + entry.getMethod()
                    + "; a pack uses only stored (0) and deflated (8)");
        }
    }

    /**
     * Reads the entry's local header and returns where its data starts; every field the local header shares with the
     * central directory must be equal (standard tools read some from one header and some from the other: unzip takes
     * the method and CRC-32 from the local header, Python from the central directory); differences are added to
     * {@code mismatches}. The CRC-32 and sizes are compared unless a data descriptor follows the data (then the local
     * header holds zeros) or the sizes are in a ZIP64 field; the modification time is not compared (no tool reads it
     * to find or check the content).
     */
    private static long local(SeekableByteChannel channel, long size, ZipArchiveEntry entry, List<String> mismatches)
            throws IOException {
        long at = entry.getLocalHeaderOffset();
        if (at < 0 || at + 30 > size) {
            throw new PackFormatException("entry " + entry.getName() + " has no local header at byte " + at);
        }
        ByteBuffer header = read(channel, at, 30);
        if (header.getInt(0) != LOCAL) {
            throw new PackFormatException("entry " + entry.getName() + " has no local header at byte " + at);
        }
        int nameLength = header.getShort(26) & 0xFFFF;
        int extraLength = header.getShort(28) & 0xFFFF;
        if (at + 30 + nameLength > size) {
            throw new PackFormatException("entry " + entry.getName() + " has a truncated local header");
        }
        byte[] name = new byte[nameLength];
        read(channel, at + 30, nameLength).get(name);
        if (!Arrays.equals(name, entry.getRawName())) {
            mismatches.add("entry " + entry.getName() + " is named " + new String(name, StandardCharsets.UTF_8)
                    + " in its local header; the two names of an entry must be equal (standard tools refuse it)");
        }
        List<String> fields = new ArrayList<>();
        compare(fields, "version needed", header.getShort(4) & 0xFFFF, entry.getVersionRequired(), "%d");
        int flags = header.getShort(6) & 0xFFFF;
        compare(fields, "flags", flags, entry.getRawFlag(), "0x%04x");
        compare(fields, "compression method", header.getShort(8) & 0xFFFF, entry.getMethod(), "%d");
        boolean descriptor = (flags & DATA_DESCRIPTOR) != 0 || (entry.getRawFlag() & DATA_DESCRIPTOR) != 0;
        if (!descriptor) {
            compare(fields, "CRC-32", header.getInt(14) & 0xFFFFFFFFL, entry.getCrc(), "%08x");
            long compressed = header.getInt(18) & 0xFFFFFFFFL;
            long length = header.getInt(22) & 0xFFFFFFFFL;
            if (compressed != ZIP64 && length != ZIP64) {
                compare(fields, "compressed size", compressed, entry.getCompressedSize(), "%d");
                compare(fields, "size", length, entry.getSize(), "%d");
            }
        }
        if (!fields.isEmpty()) {
            mismatches.add("the local header of entry " + entry.getName()
                    + " disagrees with the central directory on the "
                    + String.join(", ", fields) + "; the two headers of an entry must agree (standard tools read some"
                    + " fields from one and some from the other)");
        }
        return at + 30 + nameLength + extraLength;
    }

    private static void compare(List<String> fields, String field, long local, long central, String format) {
        if (local != central) {
            fields.add(field + " (local " + format.formatted(local) + ", central " + format.formatted(central) + ")");
        }
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
