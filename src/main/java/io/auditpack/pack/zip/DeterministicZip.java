package io.auditpack.pack.zip;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.jspecify.annotations.Nullable;

/**
 * Writes a ZIP whose bytes depend only on the entries given (name, content, order) and the as-of date: UTF-8 names
 * with the language-encoding flag and no Unicode extra fields, Unix mode 0644 (regular file), no extended-timestamp
 * extra fields, and every entry's modification time at the as-of date, 00:00.
 * <p>
 * Every entry arrives {@link PreparedEntry prepared} (method, CRC-32, sizes and raw bytes known), so each local
 * header is written once with its final sizes: no data descriptors and no seeking back. The archive is therefore
 * written front to back, and its own SHA-256 is taken as it is written, on a thread of its own
 * ({@link DigestingStream}; {@link #sha256()} after {@link #close()}), while the bytes written so far go to disk
 * ({@link Writeback}).
 * <p>
 * ZIP's DOS time fields hold a wall-clock time and Commons Compress converts an instant to them in the JVM's default
 * time zone. So the instant set is the one whose wall clock in that zone reads as-of 00:00: the fields written are
 * then the same in every zone (an instant at 00:00 UTC would be written as 19:00 the day before in New York). In a
 * zone whose clocks skip midnight on the as-of day (a DST change at 00:00) no such instant exists and the writer
 * refuses with an exception rather than write different bytes.
 */
public final class DeterministicZip implements Closeable {
    /** A regular file (S_IFREG) with permissions 0644. */
    private static final int FILE_MODE = 0100644;

    private final Writeback writeback;
    private final DigestingStream digesting;
    private final ZipArchiveOutputStream zip;
    private final long entryMillis;
    private @Nullable String sha256;

    public DeterministicZip(Path file, LocalDate asOf) throws IOException {
        this.entryMillis = dosMillis(asOf.atStartOfDay());
        OutputStream written = Files.newOutputStream(file);
        this.writeback = new Writeback(file);
        this.digesting = new DigestingStream(new BufferedOutputStream(writeback.counting(written), 1 << 16));
        this.zip = new ZipArchiveOutputStream(digesting);
        zip.setEncoding(StandardCharsets.UTF_8.name());
        zip.setUseLanguageEncodingFlag(true);
        zip.setCreateUnicodeExtraFields(ZipArchiveOutputStream.UnicodeExtraFieldPolicy.NEVER);
        zip.setFallbackToUTF8(false);
        zip.setUseZip64(Zip64Mode.AsNeeded);
    }

    /** Adds one prepared entry: its raw bytes are copied as they are. */
    public void add(String name, PreparedEntry prepared) throws IOException {
        ZipArchiveEntry entry = new ZipArchiveEntry(name);
        entry.setMethod(prepared.method());
        entry.setUnixMode(FILE_MODE);
        entry.setTime(entryMillis);
        entry.setSize(prepared.content().size());
        entry.setCompressedSize(prepared.rawSize());
        entry.setCrc(prepared.crc());
        try (InputStream raw = prepared.openRaw()) {
            zip.addRawArchiveEntry(entry, raw);
        }
    }

    /** Adds a UTF-8 text entry. */
    public Sha256.Digested addText(String name, String text) throws IOException {
        return addBytes(name, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Adds an entry holding these bytes. */
    public Sha256.Digested addBytes(String name, byte[] bytes) throws IOException {
        PreparedEntry prepared = EntryPreparer.ofBytes(bytes);
        add(name, prepared);
        return prepared.content();
    }

    /** The SHA-256 of the archive as written; only after {@link #close()}. */
    public String sha256() {
        if (sha256 == null) {
            throw new IllegalStateException("the archive is not complete yet");
        }
        return sha256;
    }

    @Override
    public void close() throws IOException {
        if (sha256 == null) {
            try {
                zip.close();
                sha256 = digesting.sha256();
            } finally {
                writeback.close();
            }
        }
    }

    private static long dosMillis(LocalDateTime entryTime) {
        ZoneId zone = ZoneId.systemDefault();
        ZonedDateTime local = entryTime.atZone(zone);
        if (!local.toLocalDateTime().equals(entryTime)) {
            throw new IllegalStateException("time zone " + zone + " has no " + entryTime
                    + " (clocks skip midnight); run with another time zone, e.g. -Duser.timezone=UTC");
        }
        return local.toInstant().toEpochMilli();
    }
}
