package io.auditpack.pack.bag;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A BagIt SHA-256 manifest ({@code manifest-sha256.txt} or {@code tagmanifest-sha256.txt}): one
 * {@code <sha256>  <path>} line per file, paths relative to the bag folder, sorted by path, LF line ends, so that
 * {@code sha256sum -c} reads it from inside the bag folder.
 */
public record Manifest(SortedMap<String, String> sha256ByPath) {
    private static final Pattern LINE = Pattern.compile("([0-9A-Fa-f]{64})[ \\t]+\\*?(.+)");

    public Manifest {
        sha256ByPath = Collections.unmodifiableSortedMap(new TreeMap<>(sha256ByPath));
    }

    public static Manifest of(Map<String, String> sha256ByPath) {
        return new Manifest(new TreeMap<>(sha256ByPath));
    }

    public String format() {
        StringBuilder text = new StringBuilder();
        sha256ByPath.forEach((path, sha) ->
                text.append(sha).append("  ").append(ManifestPath.encode(path)).append('\n'));
        return text.toString();
    }

    /**
     * Reads a manifest; a malformed or duplicated line is an {@link IllegalArgumentException} naming its line
     * number. Hex digits are lower-cased; CRLF line ends are tolerated.
     */
    public static Manifest parse(String text) {
        TreeMap<String, String> entries = new TreeMap<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
            if (line.isEmpty()) {
                if (i == lines.length - 1) {
                    continue;
                }
                throw new IllegalArgumentException("line " + (i + 1) + " is empty");
            }
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                throw new IllegalArgumentException("line " + (i + 1) + " is not \"<sha256>  <path>\": " + line);
            }
            String path = ManifestPath.decode(m.group(2));
            if (entries.put(path, m.group(1).toLowerCase(java.util.Locale.ROOT)) != null) {
                throw new IllegalArgumentException("line " + (i + 1) + " lists " + path + " a second time");
            }
        }
        return new Manifest(entries);
    }
}
