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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * A pack ZIP opened for reading, with limits: at most {@value #MAX_ENTRIES} entries (checked before the central
 * directory is loaded), entry names refused when absolute, with a backslash, NUL or a {@code .}/{@code ..} segment,
 * or outside the single top folder; tag files read into memory only up to {@value #MAX_TAG_BYTES} bytes.
 */
public final class PackArchive implements Closeable {
    static final long MAX_ENTRIES = 1_000_000;
    static final long MAX_TAG_BYTES = 64L * 1024 * 1024;

    private final ZipFile zip;
    private final String top;
    private final Map<String, ZipArchiveEntry> files;

    private PackArchive(ZipFile zip, String top, Map<String, ZipArchiveEntry> files) {
        this.zip = zip;
        this.top = top;
        this.files = files;
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
        try (InputStream in = zip.getInputStream(entry)) {
            bytes = in.readNBytes((int) MAX_TAG_BYTES + 1);
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
        try (InputStream in = zip.getInputStream(entry)) {
            bytes = in.readNBytes(max + 1);
        }
        if (bytes.length > max) {
            throw new PackFormatException(path + " is larger than " + max + " bytes");
        }
        return Optional.of(bytes);
    }

    /** Digests one file of the pack, streaming. */
    public Sha256.Digested digest(String path) throws IOException {
        try (InputStream in = zip.getInputStream(files.get(path))) {
            return Sha256.of(in);
        }
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
