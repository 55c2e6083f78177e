package io.auditpack.corpus;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * Changes a ZIP's bytes the way an attacker or a broken tool would, for the corpus cases of {@code verify}: a wrong
 * CRC-32 ({@code zip-crc}), a local header whose name differs from the central directory's ({@code zip-local-name}),
 * a declared size that is a lie ({@code zip-size}), any one field of one header ({@code zip-field}), a folder entry
 * added ({@code zip-folder}), and a ZIP whose many central-directory entries all point at one
 * large deflated block ({@code zip-overlap}). Entries are named by the end of their name ({@code data/gaps.csv}).
 */
final class ZipSurgery {
    private static final int LOCAL = 0x04034b50;
    private static final int CENTRAL = 0x02014b50;
    private static final int END = 0x06054b50;

    private ZipSurgery() {}

    /** Adds one to the CRC-32 an entry declares, in its local header and in the central directory. */
    static void crc(Path zip, String entry) throws IOException {
        ByteBuffer bytes = read(zip);
        Central central = find(bytes, entry);
        bytes.putInt(central.at + 16, bytes.getInt(central.at + 16) + 1);
        bytes.putInt(central.local + 14, bytes.getInt(central.local + 14) + 1);
        Files.write(zip, bytes.array());
    }

    /** Gives the entry's local header another name of the same length; the central directory keeps the old one. */
    static void localName(Path zip, String entry, String newEnd) throws IOException {
        ByteBuffer bytes = read(zip);
        Central central = find(bytes, entry);
        byte[] end = newEnd.getBytes(StandardCharsets.UTF_8);
        if (end.length != entry.getBytes(StandardCharsets.UTF_8).length) {
            throw new IllegalArgumentException("the new name end must have as many bytes as " + entry);
        }
        int nameLength = bytes.getShort(central.local + 26) & 0xFFFF;
        int at = central.local + 30 + nameLength - end.length;
        for (int i = 0; i < end.length; i++) {
            bytes.put(at + i, end[i]);
        }
        Files.write(zip, bytes.array());
    }

    /** The offset of each field in a local header and in a central-directory header. */
    private static final Map<String, int[]> FIELDS = Map.of(
            "version", new int[] {4, 6, 2},
            "flags", new int[] {6, 8, 2},
            "method", new int[] {8, 10, 2},
            "time", new int[] {10, 12, 2},
            "crc", new int[] {14, 16, 4},
            "compressed", new int[] {18, 20, 4},
            "size", new int[] {22, 24, 4});

    /**
     * Changes one field of an entry in one header ({@code local} or {@code central}): {@code FIELD} is one of
     * {@link #FIELDS}; {@code VALUE} sets it ({@code 8}, {@code 0x0800}), {@code +N} adds to it, {@code ^N} flips bits.
     */
    static void field(Path zip, String entry, String header, String field, String value) throws IOException {
        ByteBuffer bytes = read(zip);
        Central central = find(bytes, entry);
        int[] offsets = FIELDS.get(field);
        if (offsets == null) {
            throw new IllegalArgumentException("unknown field " + field + "; one of " + FIELDS.keySet());
        }
        int at = switch (header) {
            case "local" -> central.local + offsets[0];
            case "central" -> central.at + offsets[1];
            default -> throw new IllegalArgumentException("header is local or central, not " + header);
        };
        long old = offsets[2] == 2 ? bytes.getShort(at) & 0xFFFF : bytes.getInt(at) & 0xFFFFFFFFL;
        long updated;
        if (value.startsWith("+")) {
            updated = old + Long.decode(value.substring(1));
        } else if (value.startsWith("^")) {
            updated = old ^ Long.decode(value.substring(1));
        } else {
            updated = Long.decode(value);
        }
        if (offsets[2] == 2) {
            bytes.putShort(at, (short) updated);
        } else {
            bytes.putInt(at, (int) updated);
        }
        Files.write(zip, bytes.array());
    }

    /** Rewrites the ZIP with its entries as they are (raw, not recompressed) and an empty folder entry NAME added. */
    static void folder(Path zip, String name) throws IOException {
        Path rewritten = zip.resolveSibling(zip.getFileName() + ".new");
        try (ZipFile in = ZipFile.builder().setPath(zip).get();
                ZipArchiveOutputStream out = new ZipArchiveOutputStream(rewritten)) {
            for (ZipArchiveEntry entry : Collections.list(in.getEntriesInPhysicalOrder())) {
                out.addRawArchiveEntry(entry, in.getRawInputStream(entry));
            }
            ZipArchiveEntry folder = new ZipArchiveEntry(name);
            folder.setMethod(ZipArchiveEntry.STORED);
            folder.setSize(0);
            folder.setCompressedSize(0);
            folder.setCrc(0);
            out.putArchiveEntry(folder);
            out.closeArchiveEntry();
        }
        Files.move(rewritten, zip, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Makes the entry declare another uncompressed size, in its local header and in the central directory. */
    static void size(Path zip, String entry, long size) throws IOException {
        ByteBuffer bytes = read(zip);
        Central central = find(bytes, entry);
        bytes.putInt(central.at + 24, (int) size);
        bytes.putInt(central.local + 22, (int) size);
        Files.write(zip, bytes.array());
    }

    /**
     * Writes a new ZIP: one local entry {@code <top>/data/big.bin} holding {@code megabytes} MiB of zeros, deflated
     * (about a thousand times smaller), and {@code count} central-directory entries {@code <top>/data/big-N.bin}
     * that all point at it: reading every entry would inflate {@code count} times that much.
     */
    static void overlap(Path zip, String top, int count, int megabytes) throws IOException {
        byte[] zeros = new byte[1 << 20];
        CRC32 crc = new CRC32();
        Deflater deflater = new Deflater(9, true);
        ByteArrayOutputStream deflated = new ByteArrayOutputStream();
        byte[] buffer = new byte[1 << 16];
        for (int i = 0; i < megabytes; i++) {
            crc.update(zeros);
            deflater.setInput(zeros);
            while (!deflater.needsInput()) {
                deflated.write(buffer, 0, deflater.deflate(buffer));
            }
        }
        deflater.finish();
        while (!deflater.finished()) {
            deflated.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        long size = (long) megabytes << 20;
        byte[] data = deflated.toByteArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] localName = (top + "/data/big.bin").getBytes(StandardCharsets.UTF_8);
        out.writeBytes(header(LOCAL, localName, crc.getValue(), data.length, size, -1));
        out.writeBytes(data);
        int directory = out.size();
        for (int i = 1; i <= count; i++) {
            byte[] name = (top + "/data/big-" + i + ".bin").getBytes(StandardCharsets.UTF_8);
            out.writeBytes(header(CENTRAL, name, crc.getValue(), data.length, size, 0));
        }
        int directorySize = out.size() - directory;
        ByteBuffer end = ByteBuffer.allocate(22).order(ByteOrder.LITTLE_ENDIAN);
        end.putInt(END).putShort((short) 0).putShort((short) 0);
        end.putShort((short) count)
                .putShort((short) count)
                .putInt(directorySize)
                .putInt(directory);
        end.putShort((short) 0);
        out.writeBytes(end.array());
        Files.createDirectories(zip.toAbsolutePath().getParent());
        Files.write(zip, out.toByteArray());
    }

    /** A local ({@code offset} -1) or central header of a deflated entry, UTF-8 name, no extra field. */
    private static byte[] header(int signature, byte[] name, long crc, long compressed, long size, int offset) {
        boolean central = signature == CENTRAL;
        ByteBuffer b = ByteBuffer.allocate((central ? 46 : 30) + name.length).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(signature);
        if (central) {
            b.putShort((short) 20);
        }
        b.putShort((short) 20).putShort((short) 0x0800).putShort((short) 8);
        b.putShort((short) 0).putShort((short) 0x5CAF);
        b.putInt((int) crc).putInt((int) compressed).putInt((int) size);
        b.putShort((short) name.length).putShort((short) 0);
        if (central) {
            b.putShort((short) 0)
                    .putShort((short) 0)
                    .putShort((short) 0)
                    .putInt(0)
                    .putInt(offset);
        }
        b.put(name);
        return b.array();
    }

    private static ByteBuffer read(Path zip) throws IOException {
        return ByteBuffer.wrap(Files.readAllBytes(zip)).order(ByteOrder.LITTLE_ENDIAN);
    }

    /** Where an entry's central header and local header start. */
    private record Central(int at, int local) {}

    private static Central find(ByteBuffer bytes, String entry) {
        int end = bytes.limit() - 22;
        while (end >= 0 && bytes.getInt(end) != END) {
            end--;
        }
        if (end < 0) {
            throw new IllegalArgumentException("not a ZIP: no end of central directory");
        }
        int count = bytes.getShort(end + 10) & 0xFFFF;
        int at = bytes.getInt(end + 16);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (bytes.getInt(at) != CENTRAL) {
                throw new IllegalArgumentException("broken central directory at " + at);
            }
            int nameLength = bytes.getShort(at + 28) & 0xFFFF;
            int extra = bytes.getShort(at + 30) & 0xFFFF;
            int comment = bytes.getShort(at + 32) & 0xFFFF;
            byte[] name = new byte[nameLength];
            bytes.get(at + 46, name);
            String text = new String(name, StandardCharsets.UTF_8);
            if (text.endsWith(entry)) {
                return new Central(at, bytes.getInt(at + 42));
            }
            names.add(text);
            at += 46 + nameLength + extra + comment;
        }
        throw new IllegalArgumentException("no entry ending with " + entry + " among " + names);
    }
}
