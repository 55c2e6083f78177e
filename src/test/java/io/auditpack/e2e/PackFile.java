package io.auditpack.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** A published ZIP read back with the JDK's own reader: every entry's bytes by path inside the top folder. */
record PackFile(String top, Map<String, byte[]> entries) {

    static PackFile read(Path zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        String top = null;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.isDirectory()) {
                    continue;
                }
                String name = entry.getName();
                top = name.substring(0, name.indexOf('/'));
                entries.put(name.substring(name.indexOf('/') + 1), in.readAllBytes());
            }
        }
        return new PackFile(top, entries);
    }

    String text(String path) {
        return new String(bytes(path), StandardCharsets.UTF_8);
    }

    byte[] bytes(String path) {
        byte[] bytes = entries.get(path);
        if (bytes == null) {
            throw new AssertionError("the pack has no " + path + "; it has " + entries.keySet());
        }
        return bytes;
    }

    /** Writes the bag out under a folder named like the top folder, for tools such as sha256sum. */
    Path extractTo(Path folder) throws IOException {
        Path bag = folder.resolve(top);
        for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
            Path file = bag.resolve(entry.getKey());
            Files.createDirectories(file.getParent());
            Files.write(file, entry.getValue());
        }
        return bag;
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[65536];
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
