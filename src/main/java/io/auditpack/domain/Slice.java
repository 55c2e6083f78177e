package io.auditpack.domain;

import java.time.LocalDate;
import java.util.Objects;

/** One slice of a control's period, both days inclusive; {@code index} counts from 0 at the period start. */
public record Slice(int index, LocalDate start, LocalDate end) {
    public Slice {
        Objects.requireNonNull(start, "start must not be null");
        Objects.requireNonNull(end, "end must not be null");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("slice end " + end + " is before its start " + start);
        }
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    public boolean overlaps(LocalDate from, LocalDate to) {
        return !to.isBefore(start) && !from.isAfter(end);
    }

    /** A short human label: {@code 2026-04} for a calendar month, otherwise {@code start..end}. */
    public String label() {
        if (start.getDayOfMonth() == 1 && end.equals(start.withDayOfMonth(start.lengthOfMonth()))) {
            return start.toString().substring(0, 7);
        }
        return start.equals(end) ? start.toString() : start + ".." + end;
    }
}
