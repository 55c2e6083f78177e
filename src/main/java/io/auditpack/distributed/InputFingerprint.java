package io.auditpack.distributed;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * How an input folder looked to the process that read it: the SHA-256 of every file directly in the folder (the
 * tables: controls.csv, evidence.csv, workbook.xlsx, scope.yaml...) and, for the files below it (the evidence
 * files), their number, their total size and a digest of their paths, sizes and modification times (whole
 * seconds). The manager takes one when it validates a job; the worker takes its own before it runs the job and
 * refuses to run when they differ: a shared mount that shows a worker an older folder is caught before it builds a
 * pack from it. Evidence files whose SHA-256 the catalog declares are also checked by the reader, file by file.
 */
public record InputFingerprint(Map<String, String> tables, int files, long bytes, String filesDigest) {

    public InputFingerprint {
        tables = Map.copyOf(new TreeMap<>(tables));
        Objects.requireNonNull(filesDigest, "filesDigest must not be null");
    }

    /** Reads the folder: hashes its tables, lists the files below it. */
    public static InputFingerprint of(Path input) throws IOException {
        Path folder = input.toAbsolutePath().normalize();
        Map<String, String> tables = new TreeMap<>();
        List<String> listing = new ArrayList<>();
        long[] bytes = {0};
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path file : all.filter(Files::isRegularFile).sorted().toList()) {
                String name = folder.relativize(file).toString().replace('\\', '/');
                if (folder.equals(file.getParent())) {
                    tables.put(name, sha256(file));
                } else {
                    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                    listing.add(name + "\t" + attributes.size() + "\t"
                            + attributes.lastModifiedTime().to(TimeUnit.SECONDS));
                    bytes[0] += attributes.size();
                }
            }
        }
        MessageDigest digest = newDigest();
        listing.forEach(line -> digest.update((line + "\n").getBytes(StandardCharsets.UTF_8)));
        return new InputFingerprint(
                tables, listing.size(), bytes[0], HexFormat.of().formatHex(digest.digest()));
    }

    /** What differs between this view and the other one, one line each; empty when they agree. */
    public List<String> differences(InputFingerprint other, String here, String there) {
        List<String> found = new ArrayList<>();
        TreeMap<String, String> names = new TreeMap<>(tables);
        other.tables.forEach(names::putIfAbsent);
        for (String name : names.keySet()) {
            String mine = tables.get(name);
            String theirs = other.tables.get(name);
            if (mine == null) {
                found.add(name + " is missing " + here + " but was read " + there);
            } else if (theirs == null) {
                found.add(name + " exists " + here + " but was not there " + there);
            } else if (!mine.equals(theirs)) {
                found.add(name + " has SHA-256 " + mine + " " + here + " but " + theirs + " " + there);
            }
        }
        if (!filesDigest.equals(other.filesDigest)) {
            found.add("the files below the folder differ: " + files + " files, " + bytes + " bytes " + here + "; "
                    + other.files + " files, " + other.bytes + " bytes " + there
                    + " (paths, sizes or modification times)");
        }
        return found;
    }

    /** One line per table, then the files: the form an execution context keeps. */
    public String encode() {
        StringBuilder text = new StringBuilder();
        tables.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> text.append("table ")
                        .append(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8))
                        .append(' ')
                        .append(e.getValue())
                        .append('\n'));
        return text.append("files ")
                .append(files)
                .append(' ')
                .append(bytes)
                .append(' ')
                .append(filesDigest)
                .append('\n')
                .toString();
    }

    /** Reads what {@link #encode()} wrote. */
    public static InputFingerprint decode(String text) {
        Map<String, String> tables = new TreeMap<>();
        String[] files = null;
        for (String line : text.split("\n")) {
            String[] parts = line.split(" ");
            if (parts.length == 3 && parts[0].equals("table")) {
                tables.put(URLDecoder.decode(parts[1], StandardCharsets.UTF_8), parts[2]);
            } else if (parts.length == 4 && parts[0].equals("files")) {
                files = parts;
            } else {
                throw new IllegalArgumentException("not an input fingerprint line: " + line);
            }
        }
        if (files == null) {
            throw new IllegalArgumentException("an input fingerprint must end with its files line: " + text);
        }
        return new InputFingerprint(tables, Integer.parseInt(files[1]), Long.parseLong(files[2]), files[3]);
    }

    private static String sha256(Path file) throws IOException {
        MessageDigest digest = newDigest();
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }
}
