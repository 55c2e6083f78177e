package io.auditpack.report.calendar;

import io.auditpack.domain.JobDefinition;
import io.auditpack.report.PackContext;
import io.auditpack.report.ReportWriter;
import io.auditpack.verdict.Deadlines;
import io.auditpack.verdict.SliceDeadline;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

/**
 * {@code data/calendar.ics}: one all-day VEVENT per upcoming slice deadline of each scheduled control (the slices
 * still owed a record whose deadline is on or after as-of, up to the last slice of the period), in deadline order.
 * Every value comes from the verdict: the UID from the job, control and slice start (stable across versions and
 * reruns, so a calendar that imports a newer pack updates its events), DTSTAMP from as-of (never the clock), the
 * owner as ORGANIZER when it is an e-mail address (always in the description). A pack without upcoming deadlines
 * (point-in-time packages, or as-of past the last deadline) gets a calendar with a single VJOURNAL note saying so,
 * since RFC 5545 wants at least one component.
 */
public final class CalendarWriter implements ReportWriter {
    public static final String PATH = "data/calendar.ics";

    static final String PRODID = "-//auditpack//Slice deadlines//EN";

    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");

    @Override
    public String path() {
        return PATH;
    }

    @Override
    public void write(PackContext context, OutputStream out) throws IOException {
        out.write(calendar(context.result().job(), context.report().deadlines()));
    }

    /** The calendar of a job's upcoming deadlines, as bytes. */
    public static byte[] calendar(JobDefinition job, Deadlines deadlines) {
        ContentLines lines = new ContentLines();
        lines.line("BEGIN:VCALENDAR")
                .line("VERSION:2.0")
                .line("PRODID:" + PRODID)
                .line("CALSCALE:GREGORIAN")
                .text("X-WR-CALNAME", job.name() + ": evidence deadlines");
        String stamp = "DTSTAMP:" + DATE.format(deadlines.reference()) + "T000000Z";
        for (SliceDeadline deadline : deadlines.upcoming()) {
            lines.line("BEGIN:VEVENT")
                    .text("UID", uid(job, deadline))
                    .line(stamp)
                    .line("DTSTART;VALUE=DATE:" + DATE.format(deadline.deadline()))
                    .line("DTEND;VALUE=DATE:" + DATE.format(deadline.deadline().plusDays(1)))
                    .text("SUMMARY", summary(deadline))
                    .text("DESCRIPTION", description(job, deadline));
            if (isEmail(deadline.owner())) {
                lines.line("ORGANIZER:mailto:" + deadline.owner().strip());
            }
            lines.line("TRANSP:TRANSPARENT").line("END:VEVENT");
        }
        if (deadlines.upcoming().isEmpty()) {
            lines.line("BEGIN:VJOURNAL")
                    .text("UID", job.name() + "/no-deadlines@auditpack")
                    .line(stamp)
                    .line("DTSTART;VALUE=DATE:" + DATE.format(deadlines.reference()))
                    .text("SUMMARY", "No upcoming evidence deadlines")
                    .text("DESCRIPTION", noDeadlines(job, deadlines.reference()))
                    .line("END:VJOURNAL");
        }
        lines.line("END:VCALENDAR");
        return lines.bytes();
    }

    /** {@code <job>/<control>/<slice start>@auditpack}: a slash never occurs in a job name or control ID. */
    static String uid(JobDefinition job, SliceDeadline deadline) {
        return job.name() + "/" + deadline.control() + "/" + deadline.slice().start() + "@auditpack";
    }

    /** Whether an owner is one e-mail address (and so a calendar user address). */
    static boolean isEmail(String owner) {
        return EMAIL.matcher(owner.strip()).matches();
    }

    private static String summary(SliceDeadline deadline) {
        return "Evidence due: " + deadline.control() + " " + deadline.title() + " ("
                + deadline.frequency().word() + ", " + deadline.slice().label() + ")";
    }

    private static String description(JobDefinition job, SliceDeadline deadline) {
        String owner = deadline.owner().isBlank() ? "(no owner)" : deadline.owner();
        String expected = deadline.expectedEvidence().isBlank() ? "(not stated)" : deadline.expectedEvidence();
        return "Control " + deadline.control() + ": " + deadline.title() + "\n"
                + "Owner: " + owner + "\n"
                + "Frequency: " + deadline.frequency().word() + "\n"
                + "Slice: " + deadline.slice().start() + " to "
                + deadline.slice().end() + "\n"
                + "Deadline: " + deadline.deadline() + " (last day of the slice + " + job.collectionLag()
                + " days of collection lag)\n"
                + "Expected evidence: " + expected + "\n"
                + "Job: " + job.name();
    }

    private static String noDeadlines(JobDefinition job, LocalDate reference) {
        return "Job " + job.name() + " has no slice still owed a record with a deadline on or after " + reference
                + (job.period() == null ? " (the job has no period, so no slice is judged)." : ".");
    }
}
