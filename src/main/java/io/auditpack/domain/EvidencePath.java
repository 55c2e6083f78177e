package io.auditpack.domain;

import java.util.regex.Pattern;

/**
 * Where an evidence file sits in a pack, relative to {@code data/}: {@code evidence/<control_id>/<evidence_id>__<name>}.
 * The name is the last element of the item's {@code file}; in all three parts every character outside
 * {@code [A-Za-z0-9._-]} becomes {@code _}, so no ID or name can add a folder level.
 */
public final class EvidencePath {
    private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9._-]");

    private EvidencePath() {}

    public static String of(String controlId, EvidenceItem item) {
        String folder = safe(controlId);
        if (folder.isEmpty() || folder.equals(".") || folder.equals("..")) {
            throw new IllegalArgumentException("control ID cannot name a folder: \"" + controlId + "\"");
        }
        return "evidence/" + folder + "/" + safe(item.id()) + "__" + safeFileName(item.file());
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
