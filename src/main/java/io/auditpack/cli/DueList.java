package io.auditpack.cli;

import io.auditpack.domain.JobDefinition;
import io.auditpack.verdict.Deadlines;
import io.auditpack.verdict.SliceDeadline;
import java.io.PrintWriter;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Prints the due list of {@code auditpack due}: a header line, one aligned line per slice (overdue first, then by
 * deadline) and a count line.
 */
final class DueList {
    private final PrintWriter out;

    DueList(PrintWriter out) {
        this.out = out;
    }

    void print(JobDefinition job, Deadlines deadlines, String from, @Nullable String owner) {
        out.printf(
                "%s: due as of %s (%s), next %d days, collection lag %d days%s%n",
                job.name(),
                deadlines.reference(),
                from,
                deadlines.window(),
                job.collectionLag(),
                owner == null ? "" : ", owner " + owner.strip());
        List<SliceDeadline> soon = deadlines.dueSoon();
        int control = width(soon, d -> d.control());
        int slice = width(soon, d -> d.slice().label());
        int frequency = width(soon, d -> d.frequency().word());
        int countdown = width(soon, SliceDeadline::countdown);
        for (SliceDeadline due : soon) {
            out.printf(
                    "%-7s  %-" + control + "s  %-" + slice + "s  %-" + frequency + "s  deadline %s  %-" + countdown
                            + "s  %s  %s%n",
                    due.overdue() ? "overdue" : "due",
                    due.control(),
                    due.slice().label(),
                    due.frequency().word(),
                    due.deadline(),
                    due.countdown(),
                    due.owner().isBlank() ? "(no owner)" : due.owner(),
                    due.title());
        }
        if (job.period() == null) {
            out.println(
                    "no deadlines: the job has no period (a point-in-time package), so no slice is judged; nothing was written");
            return;
        }
        long overdue = deadlines.overdue().size();
        out.printf(
                "%d overdue, %d due within %d days; %d upcoming deadlines until the end of the period;"
                        + " event-driven controls have no calendar deadlines; nothing was written%n",
                overdue,
                soon.size() - overdue,
                deadlines.window(),
                deadlines.upcoming().size());
    }

    private static int width(List<SliceDeadline> rows, java.util.function.Function<SliceDeadline, String> column) {
        return Math.max(
                1, rows.stream().mapToInt(d -> column.apply(d).length()).max().orElse(1));
    }
}
