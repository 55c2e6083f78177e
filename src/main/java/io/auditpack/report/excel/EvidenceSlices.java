package io.auditpack.report.excel;

import io.auditpack.domain.Control;
import io.auditpack.domain.EvidenceItem;
import io.auditpack.domain.Slice;
import io.auditpack.verdict.AuditReport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Which slices of a control an operational record speaks for (its date's slice, and every slice its covers range
 * overlaps), as a short label: up to three slice labels ({@code 2026-02; 2026-03}), or the first and last with the
 * count ({@code 2026-01-01 .. 2026-03-31 (90 slices)}). Empty for documents, undated items, point-in-time packages
 * and dates outside the period. A control's slices come from the verdict and are searched by date.
 */
final class EvidenceSlices {
    private static final int LISTED = 3;
    private final AuditReport report;

    EvidenceSlices(AuditReport report) {
        this.report = report;
    }

    String label(EvidenceItem item, @Nullable Control control) {
        if (control == null || !item.dated() || !item.type().isOperationalRecord()) {
            return "";
        }
        List<Slice> slices = report.slices(control.id());
        TreeSet<Integer> hit = new TreeSet<>();
        LocalDate performed = Objects.requireNonNull(item.performedOn());
        add(slices, performed, performed, hit);
        if (item.hasRange()) {
            add(slices, Objects.requireNonNull(item.coversFrom()), Objects.requireNonNull(item.coversTo()), hit);
        }
        if (hit.isEmpty()) {
            return "";
        }
        if (hit.size() <= LISTED) {
            List<String> labels = new ArrayList<>();
            hit.forEach(i -> labels.add(slices.get(i).label()));
            return String.join("; ", labels);
        }
        return slices.get(hit.first()).label() + " .. " + slices.get(hit.last()).label() + " (" + hit.size()
                + " slices)";
    }

    /** Adds the indexes of the slices overlapping {@code from..to}; slices are contiguous and in date order. */
    private static void add(List<Slice> slices, LocalDate from, LocalDate to, TreeSet<Integer> hit) {
        int first = firstEndingOnOrAfter(slices, from);
        for (int i = first; i < slices.size() && !slices.get(i).start().isAfter(to); i++) {
            hit.add(i);
        }
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
}
