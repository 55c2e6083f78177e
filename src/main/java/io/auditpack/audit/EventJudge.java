package io.auditpack.audit;

import io.auditpack.domain.OperatingStatus;
import io.auditpack.domain.Period;
import io.auditpack.domain.Slice;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Judges an event-driven control on its occurrences, each like a one-day slice: an evidenced occurrence is due and
 * covered; one without a record is due (and missed) once its day plus the collection lag is before as-of, pending
 * before that. With no occurrence at all the control is {@code no_records} once the period has ended (its end plus
 * the lag before as-of: one due occurrence expected, the whole period missed), otherwise {@code not_yet_due} with the
 * period pending.
 */
final class EventJudge {
    private EventJudge() {}

    static OperatingVerdict judge(List<Occurrence> occurrences, Period period, LocalDate asOf, int lag) {
        if (occurrences.isEmpty()) {
            Slice whole = new Slice(0, period.start(), period.end());
            return SliceJudge.isDue(period.end(), asOf, lag)
                    ? new OperatingVerdict(OperatingStatus.NO_RECORDS, 1, 0, 0, List.of(whole))
                    : new OperatingVerdict(OperatingStatus.NOT_YET_DUE, 0, 0, 1, List.of());
        }
        int due = 0;
        int pending = 0;
        List<Slice> missing = new ArrayList<>();
        for (int i = 0; i < occurrences.size(); i++) {
            Occurrence occurrence = occurrences.get(i);
            if (occurrence.evidenced()) {
                due++;
            } else if (SliceJudge.isDue(occurrence.occurredOn(), asOf, lag)) {
                due++;
                missing.add(new Slice(i, occurrence.occurredOn(), occurrence.occurredOn()));
            } else {
                pending++;
            }
        }
        int covered = due - missing.size();
        return new OperatingVerdict(SliceJudge.status(due, covered), due, covered, pending, missing);
    }
}
