package io.auditpack.verdict;

import io.auditpack.domain.Frequency;
import io.auditpack.domain.Slice;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One slice of a control still owed a record: its {@code deadline} (the slice's last day plus the job's collection
 * lag) and the {@code daysLeft} from the reference date to it (negative: that many days overdue; 0: due that day).
 * The control's owner, frequency and expected evidence travel with it for reminders.
 */
public record SliceDeadline(
        String control,
        String title,
        String owner,
        Frequency frequency,
        String expectedEvidence,
        Slice slice,
        LocalDate deadline,
        long daysLeft) {

    public SliceDeadline {
        Objects.requireNonNull(control, "control must not be null");
        Objects.requireNonNull(title, "title must not be null");
        Objects.requireNonNull(owner, "owner must not be null");
        Objects.requireNonNull(frequency, "frequency must not be null");
        Objects.requireNonNull(expectedEvidence, "expectedEvidence must not be null");
        Objects.requireNonNull(slice, "slice must not be null");
        Objects.requireNonNull(deadline, "deadline must not be null");
    }

    /** Whether the deadline has passed without a record. */
    public boolean overdue() {
        return daysLeft < 0;
    }

    /** {@code 3 days left}, {@code due today}, {@code 1 day overdue}. */
    public String countdown() {
        if (daysLeft == 0) {
            return "due today";
        }
        long days = Math.abs(daysLeft);
        return days + (days == 1 ? " day" : " days") + (daysLeft < 0 ? " overdue" : " left");
    }
}
