package io.auditpack.audit;

import io.auditpack.domain.AuditResult;
import io.auditpack.domain.Control;
import io.auditpack.domain.ControlResult;
import io.auditpack.domain.EvidenceItems;
import io.auditpack.domain.EvidenceOutline;
import io.auditpack.domain.EvidenceUses;
import io.auditpack.domain.Frequency;
import io.auditpack.domain.Period;
import io.auditpack.domain.Slice;
import io.auditpack.verdict.Deadlines;
import io.auditpack.verdict.SliceDeadline;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides which slices of the scheduled controls are still owed a record at the result's as-of date (the reference
 * date): a slice's deadline is its last day plus the job's collection lag; a slice is <b>overdue</b> when its
 * deadline is before the reference date and no counting record covers it (the slices the audit found missed), and
 * <b>upcoming</b> when its deadline is on or after the reference date and no counting record covers it yet (a
 * record dated inside it, or whose covers range overlaps it); a covered slice is done. Only implemented controls
 * with a frequency are scheduled: event-driven controls have no calendar deadlines, and point-in-time packages no
 * slices.
 */
public final class DeadlineRule {
    private static final Comparator<SliceDeadline> ORDER = Comparator.comparing(SliceDeadline::deadline)
            .thenComparing(SliceDeadline::control)
            .thenComparingInt(d -> d.slice().index());

    private DeadlineRule() {}

    /** The deadlines at {@code result.asOf()}, "due soon" meaning at most {@code window} days away. */
    public static Deadlines of(AuditResult result, int window) {
        LocalDate reference = result.asOf();
        Period period = result.job().period();
        if (period == null) {
            return Deadlines.none(reference, window);
        }
        int lag = result.job().collectionLag();
        Map<String, ControlResult> scheduled = new LinkedHashMap<>();
        for (ControlResult control : result.controls()) {
            if (control.control().implemented() && control.control().frequency() != Frequency.EVENT) {
                scheduled.putIfAbsent(control.id(), control);
            }
        }
        Map<String, List<Slice>> open = new LinkedHashMap<>();
        for (ControlResult control : scheduled.values()) {
            List<Slice> notDue = Slicer.slices(control.control().frequency(), period).stream()
                    .filter(s -> !SliceJudge.isDue(s.end(), reference, lag))
                    .toList();
            if (!notDue.isEmpty()) {
                open.put(control.id(), new ArrayList<>(notDue));
            }
        }
        removeCovered(open, result.evidence());
        List<SliceDeadline> overdue = new ArrayList<>();
        List<SliceDeadline> upcoming = new ArrayList<>();
        for (ControlResult control : scheduled.values()) {
            control.missingSlices().forEach(s -> overdue.add(deadline(control.control(), s, reference, lag)));
            open.getOrDefault(control.id(), List.of())
                    .forEach(s -> upcoming.add(deadline(control.control(), s, reference, lag)));
        }
        overdue.sort(ORDER);
        upcoming.sort(ORDER);
        return new Deadlines(reference, window, overdue, upcoming);
    }

    /** Drops from each control's open slices those a counting operational record already covers. */
    private static void removeCovered(Map<String, List<Slice>> open, EvidenceUses uses) {
        if (open.isEmpty()) {
            return;
        }
        EvidenceItems items = uses.items();
        for (int i = 0; i < uses.size(); i++) {
            if (!uses.counted(i) || !items.type(i).isOperationalRecord()) {
                continue;
            }
            EvidenceOutline record = items.outline(i);
            for (String controlId : record.controlIds()) {
                List<Slice> slices = open.get(controlId);
                if (slices != null) {
                    slices.removeIf(slice -> SliceJudge.covers(record, slice));
                }
            }
        }
    }

    private static SliceDeadline deadline(Control control, Slice slice, LocalDate reference, int lag) {
        LocalDate deadline = slice.end().plusDays(lag);
        return new SliceDeadline(
                control.id(),
                control.title(),
                control.owner(),
                control.frequency(),
                control.expectedEvidence(),
                slice,
                deadline,
                ChronoUnit.DAYS.between(reference, deadline));
    }
}
