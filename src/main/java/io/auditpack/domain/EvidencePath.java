package io.auditpack.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Where an evidence file sits in a pack, relative to {@code data/}: {@code evidence/<control_id>/<evidence_id>__<name>}.
 * The name is the last element of the item's {@code file}; in all three parts every character outside
 * {@code [A-Za-z0-9._-]} becomes {@code _}, so no ID or name can add a folder level; a file name longer than 255
 * bytes is shortened deterministically ({@link #fileName}).
 */
public final class EvidencePath {
    private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9._-]");
    /** The most bytes of one name in a path: what file systems hold, and what unzip and Python extract. */
    static final int MAX_NAME_BYTES = 255;

    private EvidencePath() {}

    public static String of(String controlId, EvidenceItem item) {
        String folder = safe(controlId);
        if (folder.isEmpty() || folder.equals(".") || folder.equals("..")) {
            throw new IllegalArgumentException("control ID cannot name a folder: \"" + controlId + "\"");
        }
        return "evidence/" + folder + "/" + fileName(safe(item.id()), safeFileName(item.file()));
    }

    /**
     * {@code <evidence_id>__<name>}, at most {@value #MAX_NAME_BYTES} bytes: a longer one keeps the start of the name,
     * then {@code ~} and the first 8 hex digits of the full name's SHA-256, then its extension (up to 16 characters),
     * so that it stays unique, deterministic and extractable by every tool.
     */
    static String fileName(String id, String name) {
        String whole = id + "__" + name;
        if (whole.length() <= MAX_NAME_BYTES) {
            return whole;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= 16 ? name.substring(dot) : "";
        String suffix = "~" + hash8(name) + extension;
        int room = MAX_NAME_BYTES - id.length() - 2 - suffix.length();
        return id + "__" + name.substring(0, room) + suffix;
    }

    private static String hash8(String name) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** The last non-empty path element of an evidence {@code file}, made safe. */
    public static String safeFileName(String file) {
        String last = "";
        for (String part : file.split("/")) {
            if (!part.isEmpty()) {
                last = part;
            }
        }
        return safe(last);
    }

    private static String safe(String name) {
        return UNSAFE.matcher(name).replaceAll("_");
    }
}
