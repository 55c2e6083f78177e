package io.auditpack.pack;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Reads and rewrites ZIPs with java.util.zip, independently of the code under test. */
public final class ZipContents {
    private ZipContents() {}

    /** Every entry's bytes, by name, in archive order. */
    public static Map<String, byte[]> read(Path zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (InputStream file = Files.newInputStream(zip);
                ZipInputStream in = new ZipInputStream(file)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    public static String text(Path zip, String name) throws IOException {
        return new String(read(zip).get(name), StandardCharsets.UTF_8);
    }

    /** Writes {@code target} with the given entries. */
    public static void write(Path target, Map<String, byte[]> entries) throws IOException {
        Files.createDirectories(target.getParent());
        try (OutputStream file = Files.newOutputStream(target);
                ZipOutputStream out = new ZipOutputStream(file)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        }
    }

    /** Copies {@code source} to {@code target} with one entry's bytes changed ({@code null} from the edit removes it). */
    public static void rewrite(Path source, Path target, String name, UnaryOperator<byte[]> edit) throws IOException {
        Map<String, byte[]> entries = read(source);
        byte[] edited = edit.apply(entries.get(name));
        if (edited == null) {
            entries.remove(name);
        } else {
            entries.put(name, edited);
        }
        write(target, entries);
    }

    public static void extract(Path zip, Path folder) throws IOException {
        for (Map.Entry<String, byte[]> e : read(zip).entrySet()) {
            Path file = folder.resolve(e.getKey());
            Files.createDirectories(file.getParent());
            Files.write(file, e.getValue());
        }
    }
}
