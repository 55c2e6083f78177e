package io.auditpack.audit;

import io.auditpack.domain.MatchedOccurrence;
import io.auditpack.domain.OperatingStatus;
import io.auditpack.domain.Period;
import io.auditpack.domain.Slice;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Judges a control on its population's occurrences, as {@link SliceJudge} judges slices: an occurrence that counts
 * (due, or already proved) is one due item, covered when a record names it; a due occurrence without a record is
 * missed (shown as a one-day slice of its date); an occurrence not yet due and not proved is pending. With no
 * occurrence counted the control is {@code no_records} once the period has ended, else {@code not_yet_due}.
 */
final class OccurrenceJudge {
    private OccurrenceJudge() {}

    static OperatingVerdict judge(List<MatchedOccurrence> occurrences, Period period, LocalDate asOf) {
        int due = 0;
        int covered = 0;
        int pending = 0;
        List<Slice> missing = new ArrayList<>();
        for (int i = 0; i < occurrences.size(); i++) {
            MatchedOccurrence occurrence = occurrences.get(i);
            if (occurrence.counted()) {
                due++;
                covered += occurrence.covered() ? 1 : 0;
            } else {
                pending++;
            }
            if (occurrence.exception()) {
                LocalDate day = occurrence.occurrence().occurredOn();
                missing.add(new Slice(i, day, day));
            }
        }
        OperatingStatus status = due == 0
                ? period.end().isBefore(asOf) ? OperatingStatus.NO_RECORDS : OperatingStatus.NOT_YET_DUE
                : SliceJudge.status(due, covered);
        return new OperatingVerdict(status, due, covered, pending, missing);
    }
}
