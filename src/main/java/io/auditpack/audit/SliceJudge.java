package io.auditpack.audit;

import io.auditpack.domain.EvidenceFacts;
import io.auditpack.domain.EvidenceItem;
import io.auditpack.domain.OperatingStatus;
import io.auditpack.domain.Slice;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Judges slices at as-of with the job's collection lag: a slice is due when its last day plus the lag is before
 * as-of; a slice that has begun but is not due yet (it holds as-of, or lies in the lag) counts as due and covered
 * when a record already speaks for it, and is pending otherwise; later slices are not counted. A due slice is
 * covered when a record is dated inside it or its covers range overlaps it.
 */
final class SliceJudge {
    private SliceJudge() {}

    static OperatingVerdict judge(List<Slice> slices, LocalDate asOf, int lag, List<EvidenceItem> records) {
        int due = 0;
        int pending = 0;
        List<Slice> missing = new ArrayList<>();
        for (Slice slice : slices) {
            if (slice.start().isAfter(asOf)) {
                break;
            }
            boolean covered = records.stream().anyMatch(r -> covers(r, slice));
            if (isDue(slice.end(), asOf, lag)) {
                due++;
                if (!covered) {
                    missing.add(slice);
                }
            } else if (covered) {
                due++;
            } else {
                pending++;
            }
        }
        int covered = due - missing.size();
        return new OperatingVerdict(status(due, covered), due, covered, pending, missing);
    }

    /** Whether something whose last day is {@code lastDay} is due at as-of: its last day plus the lag is before it. */
    static boolean isDue(LocalDate lastDay, LocalDate asOf, int lag) {
        return lastDay.plusDays(lag).isBefore(asOf);
    }

    /** Whether a dated record speaks for a slice: dated inside it, or its covers range overlapping it. */
    static boolean covers(EvidenceFacts record, Slice slice) {
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
