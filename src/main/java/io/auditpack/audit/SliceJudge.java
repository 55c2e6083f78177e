package io.auditpack.audit;

import io.auditpack.domain.EvidenceItem;
import io.auditpack.domain.OperatingStatus;
import io.auditpack.domain.Period;
import io.auditpack.domain.Slice;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Judges slices at as-of: a slice is due when its last day is before as-of, the slice holding as-of is pending
 * (only while as-of lies in the period), later slices are not counted; a due slice is covered when a record is
 * dated inside it or its covers range overlaps it.
 */
final class SliceJudge {
    private SliceJudge() {}

    static OperatingVerdict judge(List<Slice> slices, Period period, LocalDate asOf, List<EvidenceItem> records) {
        int due = 0;
        int pending = 0;
        List<Slice> missing = new ArrayList<>();
        for (Slice slice : slices) {
            if (slice.end().isBefore(asOf)) {
                due++;
                if (records.stream().noneMatch(r -> covers(r, slice))) {
                    missing.add(slice);
                }
            } else if (period.contains(asOf) && slice.contains(asOf)) {
                pending++;
            }
        }
        int covered = due - missing.size();
        return new OperatingVerdict(status(due, covered), due, covered, pending, missing);
    }

    /** Whether a dated record speaks for a slice: dated inside it, or its covers range overlapping it. */
    static boolean covers(EvidenceItem record, Slice slice) {
        return slice.contains(Objects.requireNonNull(record.performedOn()))
                || record.hasRange()
                        && slice.overlaps(
                                Objects.requireNonNull(record.coversFrom()), Objects.requireNonNull(record.coversTo()));
    }

    static OperatingStatus status(int due, int covered) {
        if (due == 0) {
            return OperatingStatus.NOT_YET_DUE;
        }
        if (covered == due) {
            return OperatingStatus.EFFECTIVE;
        }
        return covered == 0 ? OperatingStatus.NO_RECORDS : OperatingStatus.INCONSISTENT;
    }
}
