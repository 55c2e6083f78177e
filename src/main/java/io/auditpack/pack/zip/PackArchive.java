package io.auditpack.pack.zip;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * A pack ZIP opened for reading, with limits: at most {@value #MAX_ENTRIES} entries (checked before the central
 * directory is loaded), entry names refused when absolute, with a backslash, NUL or a {@code .}/{@code ..} segment,
 * or outside the single top folder; the entries' layout checked before any is read (local headers agree with the
 * central directory, no two entries share bytes, sizes DEFLATE can produce: {@link ZipEntryLayout}); every entry read
 * held to its declared size and CRC-32 ({@link CheckedEntryStream}), and {@link #checkEveryEntry} for the entries
 * nobody read; tag files read into memory only up to {@value #MAX_TAG_BYTES} bytes.
 */
public final class PackArchive implements Closeable {
    static final long MAX_ENTRIES = 1_000_000;
    static final long MAX_TAG_BYTES = 64L * 1024 * 1024;

    private final ZipFile zip;
    private final String top;
    private final Map<String, ZipArchiveEntry> files;
    private final List<ZipArchiveEntry> entries;

    /**
     * The entries opened, by name: each was read to its end, where its size and CRC-32 were checked, or failed the
     * reader that opened it.
     */
    private final Set<String> opened = new HashSet<>();

    private PackArchive(ZipFile zip, String top, Map<String, ZipArchiveEntry> files) {
        this.zip = zip;
        this.top = top;
        this.files = files;
        this.entries = Collections.list(zip.getEntriesInPhysicalOrder());
    }

    /** Opens a pack; anything that makes it unreadable as one bag is a {@link PackFormatException}. */
    public static PackArchive open(Path file) throws IOException {
        long declared = ZipEntryCount.of(file);
        if (declared > MAX_ENTRIES) {
            throw new PackFormatException(
                    "the ZIP declares " + declared + " entries; at most " + MAX_ENTRIES + " are read");
        }
        ZipFile zip;
        try {
            zip = ZipFile.builder().setPath(file).get();
        } catch (IOException | RuntimeException e) {
            throw new PackFormatException("not a readable ZIP file (" + e.getMessage() + ")");
        }
        try {
            PackArchive archive = index(zip);
            ZipEntryLayout.check(file, archive.entries);
            return archive;
        } catch (IOException | RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    private static PackArchive index(ZipFile zip) throws PackFormatException {
        String top = null;
        Map<String, ZipArchiveEntry> files = new LinkedHashMap<>();
        long count = 0;
        Enumeration<ZipArchiveEntry> entries = zip.getEntriesInPhysicalOrder();
        while (entries.hasMoreElements()) {
            ZipArchiveEntry entry = entries.nextElement();
            if (++count > MAX_ENTRIES) {
                throw new PackFormatException("more than " + MAX_ENTRIES + " entries");
            }
            String name = entry.getName();
            refuseUnsafe(name);
            int slash = name.indexOf('/');
            String first = slash < 0 ? name : name.substring(0, slash);
            if (top == null) {
                top = first;
            } else if (!top.equals(first)) {
                throw new PackFormatException("entry " + name + " lies outside the top folder " + top + "/");
            }
            if (slash < 0) {
                throw new PackFormatException("entry " + name + " is a file at the top level, not in a bag folder");
            }
            if (entry.isDirectory()) {
                continue;
            }
            String relative = name.substring(slash + 1);
            if (files.put(relative, entry) != null) {
                throw new PackFormatException("entry " + name + " appears twice");
            }
        }
        if (top == null) {
            throw new PackFormatException("the ZIP is empty");
        }
        return new PackArchive(zip, top, Collections.unmodifiableMap(files));
    }

    private static void refuseUnsafe(String name) throws PackFormatException {
        if (name.isEmpty()
                || name.startsWith("/")
                || name.indexOf('\\') >= 0
                || name.indexOf('\0') >= 0
                || name.matches("^[A-Za-z]:.*")) {
            throw new PackFormatException("refused entry name \"" + name + "\" (absolute path, backslash or NUL)");
        }
        String trimmed = name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
        for (String segment : trimmed.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                throw new PackFormatException("refused entry name \"" + name + "\" (empty, . or .. segment)");
            }
        }
    }

    /** The top folder's name, e.g. {@code soc2-2026-v0003}. */
    public String top() {
        return top;
    }

    /** The paths of the files, relative to the top folder, in archive order. */
    public Set<String> paths() {
        return files.keySet();
    }

    public boolean has(String path) {
        return files.containsKey(path);
    }

    /** A small file read as strict UTF-8; empty when absent; too large or not UTF-8 is a {@link PackFormatException}. */
    public Optional<String> text(String path) throws IOException {
        ZipArchiveEntry entry = files.get(path);
        if (entry == null) {
            return Optional.empty();
        }
        byte[] bytes;
        try (InputStream in = open(entry)) {
            bytes = in.readNBytes((int) MAX_TAG_BYTES + 1);
        } catch (PackFormatException e) {
            throw new PackFormatException(path + ": " + e.getMessage());
        }
        if (bytes.length > MAX_TAG_BYTES) {
            throw new PackFormatException(path + " is larger than " + MAX_TAG_BYTES + " bytes");
        }
        try {
            return Optional.of(StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString());
        } catch (CharacterCodingException e) {
            throw new PackFormatException(path + " is not UTF-8");
        }
    }

    /** A small file's bytes, at most {@code max}; empty when absent; larger is a {@link PackFormatException}. */
    public Optional<byte[]> bytes(String path, int max) throws IOException {
        ZipArchiveEntry entry = files.get(path);
        if (entry == null) {
            return Optional.empty();
        }
        byte[] bytes;
        try (InputStream in = open(entry)) {
            bytes = in.readNBytes(max + 1);
        } catch (PackFormatException e) {
            throw new PackFormatException(path + ": " + e.getMessage());
        }
        if (bytes.length > max) {
            throw new PackFormatException(path + " is larger than " + max + " bytes");
        }
        return Optional.of(bytes);
    }

    /** Digests one file of the pack, streaming; its size and CRC-32 must be the declared ones. */
    public Sha256.Digested digest(String path) throws IOException {
        try (InputStream in = open(Objects.requireNonNull(files.get(path), path))) {
            return Sha256.of(in);
        }
    }

    /**
     * Reads every entry not opened yet (folder entries, files no check needed), each held to its declared size and
     * CRC-32 as standard tools hold it: the first that is not is a {@link PackFormatException} naming it.
     */
    public void checkEveryEntry() throws IOException {
        byte[] buffer = new byte[1 << 16];
        for (ZipArchiveEntry entry : entries) {
            if (opened.contains(entry.getName())) {
                continue;
            }
            try (InputStream in = open(entry)) {
                while (in.read(buffer) >= 0) {
                    // read to the end: the stream checks the size and the CRC-32 there
                }
            } catch (PackFormatException e) {
                throw new PackFormatException("entry " + entry.getName() + ": " + e.getMessage());
            }
        }
    }

    /** An entry's content, held to its declared size and CRC-32. */
    private InputStream open(ZipArchiveEntry entry) throws IOException {
        opened.add(entry.getName());
        return new CheckedEntryStream(zip.getInputStream(entry), entry);
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
