package io.auditpack.report.excel;

import io.auditpack.domain.Control;
import io.auditpack.domain.EvidenceFacts;
import io.auditpack.domain.EvidenceType;
import io.auditpack.domain.Slice;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Which slices of a control an operational record speaks for (its date's slice, and every slice its covers range
 * overlaps), as a short label: up to three slice labels ({@code 2026-02; 2026-03}), or the first and last with the
 * count ({@code 2026-01-01 .. 2026-03-31 (90 slices)}). Empty for documents, undated items, point-in-time packages
 * and dates outside the period. A control's slices come from the verdict and are searched by date; the slices hit are at most two
 * runs of neighbours (the date's, the range's), and each control's labels are made once per pair of runs.
 */
final class EvidenceSlices {
    private static final int LISTED = 3;
    private static final int CACHED = 0xFFFF; // runs are cached by four 16-bit slice numbers
    private final Function<String, List<Slice>> slicesOf;
    private final Map<String, Map<Long, String>> labels = new HashMap<>();

    /** {@code slicesOf}: a control's slices by its ID (the verdict's), empty for none. */
    EvidenceSlices(Function<String, List<Slice>> slicesOf) {
        this.slicesOf = slicesOf;
    }

    String label(EvidenceFacts item, @Nullable Control control) {
        LocalDate performed = item.performedOn();
        EvidenceType type = item.type();
        LocalDate coversFrom = item.coversFrom();
        LocalDate coversTo = item.coversTo();
        if (control == null || performed == null || !type.isOperationalRecord()) {
            return "";
        }
        List<Slice> slices = slicesOf.apply(control.id());
        int first = firstEndingOnOrAfter(slices, performed);
        int last = lastStartingOnOrBefore(slices, performed);
        int rangeFirst = 0;
        int rangeLast = -1;
        if (coversFrom != null) {
            rangeFirst = firstEndingOnOrAfter(slices, coversFrom);
            rangeLast = lastStartingOnOrBefore(slices, Objects.requireNonNull(coversTo));
        }
        if (slices.size() >= CACHED) {
            return label(slices, first, last, rangeFirst, rangeLast);
        }
        int a = first;
        int b = last;
        int c = rangeFirst;
        int d = rangeLast;
        long key = (long) (a + 1) << 48 | (long) (b + 1) << 32 | (long) (c + 1) << 16 | (d + 1);
        return labels.computeIfAbsent(control.id(), id -> new HashMap<>())
                .computeIfAbsent(key, k -> label(slices, a, b, c, d));
    }

    /** The label of the slices in {@code first..last} and in {@code rangeFirst..rangeLast} (either may be empty). */
    private static String label(List<Slice> slices, int first, int last, int rangeFirst, int rangeLast) {
        List<Integer> hit = new ArrayList<>();
        int low = Math.min(
                first <= last ? first : Integer.MAX_VALUE, rangeFirst <= rangeLast ? rangeFirst : Integer.MAX_VALUE);
        int high = Math.max(first <= last ? last : -1, rangeFirst <= rangeLast ? rangeLast : -1);
        int count = 0;
        for (int i = low; i <= high; i++) {
            if ((i >= first && i <= last) || (i >= rangeFirst && i <= rangeLast)) {
                count++;
                if (hit.size() <= LISTED) {
                    hit.add(i);
                }
            }
        }
        if (count == 0) {
            return "";
        }
        if (count <= LISTED) {
            List<String> labels = new ArrayList<>();
            hit.forEach(i -> labels.add(slices.get(i).label()));
            return String.join("; ", labels);
        }
        int end = high;
        while (!((end >= first && end <= last) || (end >= rangeFirst && end <= rangeLast))) {
            end--;
        }
        return slices.get(hit.get(0)).label() + " .. " + slices.get(end).label() + " (" + count + " slices)";
    }

    private static int firstEndingOnOrAfter(List<Slice> slices, LocalDate day) {
        int low = 0;
        int high = slices.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (slices.get(mid).end().isBefore(day)) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** The last slice starting on or before {@code day}, or -1 (slices are contiguous and in date order). */
    private static int lastStartingOnOrBefore(List<Slice> slices, LocalDate day) {
        int low = 0;
        int high = slices.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (slices.get(mid).start().isAfter(day)) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low - 1;
    }
}
