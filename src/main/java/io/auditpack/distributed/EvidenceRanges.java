package io.auditpack.distributed;

import io.auditpack.pack.EvidencePreparation.EvidenceFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits a pack's evidence files into ranges of controls: the files stay in the pack's order, grouped by the control
 * of the first path they are packed at ({@code data/evidence/<control>/...}); consecutive controls fill a range
 * until it holds its share of the bytes, so no control is split and the ranges are about equally heavy. A pure
 * function: the same files give the same ranges.
 */
public final class EvidenceRanges {
    private EvidenceRanges() {}

    /** At most {@code count} non-empty ranges, in order, covering every file once. */
    public static List<List<EvidenceFile>> split(List<EvidenceFile> files, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("at least one range: " + count);
        }
        Map<String, List<EvidenceFile>> byControl = new LinkedHashMap<>();
        long total = 0;
        for (EvidenceFile file : files) {
            byControl
                    .computeIfAbsent(control(file.firstPath()), c -> new ArrayList<>())
                    .add(file);
            total += weight(file);
        }
        List<List<EvidenceFile>> ranges = new ArrayList<>();
        List<EvidenceFile> current = new ArrayList<>();
        long done = 0;
        for (List<EvidenceFile> control : byControl.values()) {
            long target = (total * (ranges.size() + 1) + count - 1) / count;
            if (!current.isEmpty() && ranges.size() < count - 1 && done >= target) {
                ranges.add(List.copyOf(current));
                current = new ArrayList<>();
            }
            for (EvidenceFile file : control) {
                current.add(file);
                done += weight(file);
            }
        }
        if (!current.isEmpty()) {
            ranges.add(List.copyOf(current));
        }
        return List.copyOf(ranges);
    }

    /** The control of a payload path {@code data/evidence/<control>/<file>}. */
    public static String control(String payloadPath) {
        String[] parts = payloadPath.split("/");
        return parts.length >= 4 ? parts[2] : payloadPath;
    }

    /** A file's weight: its bytes, plus a little for the cost of opening it. */
    private static long weight(EvidenceFile file) {
        return file.size() + 4096;
    }
}
