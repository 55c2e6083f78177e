package io.auditpack.verdict;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The slice deadlines of the scheduled controls at a {@code reference} date: the {@code overdue} slices (deadline
 * before the reference date, no record) and the {@code upcoming} ones (deadline on or after it, no record yet), each
 * ordered by deadline, control and slice; "due soon" is the overdue slices and the upcoming ones whose deadline is at
 * most {@code window} days away.
 */
public record Deadlines(LocalDate reference, int window, List<SliceDeadline> overdue, List<SliceDeadline> upcoming) {
    /** The window of the pack's "Due soon" sheet and section, in days. */
    public static final int WINDOW = 30;

    /** The widest window accepted, in days. */
    public static final int MAX_WINDOW = 366;

    public Deadlines {
        Objects.requireNonNull(reference, "reference must not be null");
        if (window < 1 || window > MAX_WINDOW) {
            throw new IllegalArgumentException("window must be 1.." + MAX_WINDOW + " days: " + window);
        }
        overdue = List.copyOf(overdue);
        upcoming = List.copyOf(upcoming);
    }

    /** No deadline at all (point-in-time packages). */
    public static Deadlines none(LocalDate reference, int window) {
        return new Deadlines(reference, window, List.of(), List.of());
    }

    /** The overdue slices, then the upcoming ones within the window. */
    public List<SliceDeadline> dueSoon() {
        List<SliceDeadline> soon = new ArrayList<>(overdue);
        upcoming.stream().filter(d -> d.daysLeft() <= window).forEach(soon::add);
        return List.copyOf(soon);
    }

    /** The same deadlines of the controls one owner holds (owner compared ignoring case and surrounding blanks). */
    public Deadlines ownedBy(String owner) {
        String wanted = owner.strip().toLowerCase(Locale.ROOT);
        return new Deadlines(
                reference,
                window,
                overdue.stream().filter(d -> owns(d, wanted)).toList(),
                upcoming.stream().filter(d -> owns(d, wanted)).toList());
    }

    private static boolean owns(SliceDeadline deadline, String owner) {
        return deadline.owner().strip().toLowerCase(Locale.ROOT).equals(owner);
    }
}
