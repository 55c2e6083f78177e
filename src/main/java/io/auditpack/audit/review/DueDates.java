package io.auditpack.audit.review;

import io.auditpack.domain.AuditResult;
import io.auditpack.domain.ControlResult;
import io.auditpack.domain.EvidenceItem;
import io.auditpack.domain.EvidenceUse;
import io.auditpack.domain.Frequency;
import io.auditpack.verdict.EvidenceDue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * When each implemented control's next record falls due: its latest counted operational record (its
 * {@code covers_to} when it spans a range, else its {@code performed_on}, never after as-of) plus one interval of its
 * frequency (daily 1 day, weekly 7 days, monthly and continuous 1 month, quarterly 3, semiannual 6, annual 12
 * months) plus the job's collection lag, as its next slice falls due. A control with no record is overdue as of the
 * as-of date; event-driven controls have no schedule and are left out.
 */
final class DueDates {
    static final int[] WINDOWS = {30, 60, 90};

    private DueDates() {}

    static List<EvidenceDue> of(AuditResult result) {
        List<EvidenceDue> due = new ArrayList<>();
        LocalDate asOf = result.asOf();
        int lag = result.job().collectionLag();
        Map<String, LocalDate> lastRecords = lastRecords(result.evidence(), asOf);
        for (ControlResult control : result.controls()) {
            Frequency frequency = control.control().frequency();
            if (!control.control().implemented() || frequency == Frequency.EVENT) {
                continue;
            }
            LocalDate last = lastRecords.get(control.id());
            LocalDate next = last == null ? asOf : next(last, frequency).plusDays(lag);
            due.add(new EvidenceDue(
                    control.id(),
                    control.control().title(),
                    control.control().owner(),
                    frequency,
                    last,
                    next,
                    last == null ? EvidenceDue.OVERDUE : window(next, asOf)));
        }
        return due;
    }

    static String window(LocalDate next, LocalDate asOf) {
        if (next.isBefore(asOf)) {
            return EvidenceDue.OVERDUE;
        }
        for (int days : WINDOWS) {
            if (!next.isAfter(asOf.plusDays(days))) {
                return String.valueOf(days);
            }
        }
        return EvidenceDue.LATER;
    }

    static LocalDate next(LocalDate last, Frequency frequency) {
        return switch (frequency) {
            case DAILY -> last.plusDays(1);
            case WEEKLY -> last.plusDays(7);
            case MONTHLY, CONTINUOUS, EVENT -> last.plusMonths(1);
            case QUARTERLY -> last.plusMonths(3);
            case SEMIANNUAL -> last.plusMonths(6);
            case ANNUAL -> last.plusMonths(12);
        };
    }

    /**
     * Per control ID, the day its newest counting, dated operational record reaches (the end of its range, or the
     * day performed; no later than as-of): one pass over the evidence.
     */
    private static Map<String, LocalDate> lastRecords(List<EvidenceUse> uses, LocalDate asOf) {
        Map<String, LocalDate> last = new HashMap<>();
        for (EvidenceUse use : uses) {
            EvidenceItem item = use.item();
            if (!use.counted() || !item.type().isOperationalRecord() || !item.dated()) {
                continue;
            }
            LocalDate day = Objects.requireNonNull(item.hasRange() ? item.coversTo() : item.performedOn());
            LocalDate reached = day.isAfter(asOf) ? asOf : day;
            for (String controlId : item.controlIds()) {
                last.merge(controlId, reached, (a, b) -> b.isAfter(a) ? b : a);
            }
        }
        return last;
    }
}
