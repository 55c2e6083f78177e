package io.auditpack.pack;

import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Writes a ZIP whose bytes depend only on the entries given (name, content, order) and the as-of date: UTF-8 names
 * with the language-encoding flag and no Unicode extra fields, Unix mode 0644 (regular file), no extended-timestamp extra fields,
 * and every entry's modification time at the as-of date, 00:00.
 * <p>
 * ZIP's DOS time fields hold a wall-clock time and Commons Compress converts an instant to them in the JVM's default
 * time zone. So the instant set is the one whose wall clock in that zone reads as-of 00:00: the fields written are
 * then the same in every zone (an instant at 00:00 UTC would be written as 19:00 the day before in New York). In a
 * zone whose clocks skip midnight on the as-of day (a DST change at 00:00) no such instant exists and the writer
 * refuses with an exception rather than write different bytes.
 */
final class DeterministicZip implements Closeable {
    /** A regular file (S_IFREG) with permissions 0644. */
    private static final int FILE_MODE = 0100644;
    private static final int BUFFER = 64 * 1024;

    private final ZipArchiveOutputStream zip;
    private final LocalDateTime entryTime;

    DeterministicZip(Path file, LocalDate asOf) throws IOException {
        this.entryTime = asOf.atStartOfDay();
        this.zip = new ZipArchiveOutputStream(file);
        zip.setEncoding(StandardCharsets.UTF_8.name());
        zip.setUseLanguageEncodingFlag(true);
        zip.setCreateUnicodeExtraFields(ZipArchiveOutputStream.UnicodeExtraFieldPolicy.NEVER);
        zip.setFallbackToUTF8(false);
        zip.setUseZip64(Zip64Mode.AsNeeded);
        zip.setLevel(CompressionRule.DEFLATE_LEVEL);
    }

    /**
     * Adds one entry from a stream read to its end exactly once, digesting the bytes as they go into the archive.
     * {@code size} is the expected length when known (-1 otherwise); it lets entries over 4 GiB get their ZIP64
     * fields up front.
     */
    Sha256.Digested add(String name, InputStream in, long size) throws IOException {
        byte[] head = in.readNBytes(CompressionRule.HEAD);
        ZipArchiveEntry entry = new ZipArchiveEntry(name);
        entry.setMethod(CompressionRule.methodFor(head, head.length));
        entry.setUnixMode(FILE_MODE);
        entry.setTime(dosMillis());
        if (size >= 0) {
            entry.setSize(size);
        }
        zip.putArchiveEntry(entry);
        MessageDigest digest = Sha256.newDigest();
        digest.update(head);
        zip.write(head);
        long total = head.length;
        byte[] buffer = new byte[BUFFER];
        int n;
        while ((n = in.read(buffer)) > 0) {
            digest.update(buffer, 0, n);
            zip.write(buffer, 0, n);
            total += n;
        }
        zip.closeArchiveEntry();
        if (size >= 0 && total != size) {
            throw new IOException(name + ": expected " + size + " bytes, read " + total + " (file changed while packing?)");
        }
        return new Sha256.Digested(Sha256.hex(digest), total);
    }

    /** Adds a UTF-8 text entry. */
    Sha256.Digested addText(String name, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return add(name, new java.io.ByteArrayInputStream(bytes), bytes.length);
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    private long dosMillis() {
        ZoneId zone = ZoneId.systemDefault();
        ZonedDateTime local = entryTime.atZone(zone);
        if (!local.toLocalDateTime().equals(entryTime)) {
            throw new IllegalStateException("time zone " + zone + " has no " + entryTime
                    + " (clocks skip midnight); run with another time zone, e.g. -Duser.timezone=UTC");
        }
        return local.toInstant().toEpochMilli();
    }
}
