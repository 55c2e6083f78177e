package io.auditpack.report.oscal;

import io.auditpack.domain.Framework;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text in the shapes the OSCAL 1.1.3 data types accept: Markdown lines with the input's markup characters escaped,
 * plain single-line strings, tokens for requirement IDs and UTC timestamps for days.
 */
final class OscalText {
    /** The project's namespace for the properties OSCAL does not define. */
    static final String NS = "urn:auditpack:oscal";

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern MARKUP = Pattern.compile("([\\\\`*_\\[\\]<>&#|~])");
    private static final DateTimeFormatter UTC_SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'");

    private OscalText() {}

    /**
     * A plain string (OSCAL {@code string}: one line, no leading or trailing space): runs of white space become one
     * space; empty when nothing is left.
     */
    static String plain(String text) {
        return WHITESPACE.matcher(text).replaceAll(" ").strip();
    }

    /** A Markdown line (OSCAL {@code markup-line}): {@link #plain} with every Markdown markup character escaped. */
    static String line(String text) {
        return markdown(plain(text));
    }

    /** Markdown text (OSCAL {@code markup-multiline}): the input's own text with its markup characters escaped. */
    static String markdown(String text) {
        return MARKUP.matcher(text).replaceAll("\\\\$1");
    }

    /**
     * The token naming a requirement as a finding's target: the framework's label in lower case, a hyphen and the
     * requirement ID ({@code soc2-CC6.1}, {@code iso27001-A.5.1}, {@code iso27001-4.1}); OSCAL tokens cannot start
     * with a digit, so the bare clause number {@code 4.1} would not do.
     */
    static String target(Framework framework, String requirementId) {
        return framework.label().toLowerCase(Locale.ROOT) + "-" + requirementId;
    }

    /** The first second of {@code day} in {@code zone}, in UTC. */
    static String startOf(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).withZoneSameInstant(ZoneOffset.UTC).format(UTC_SECONDS);
    }

    /** The last second of {@code day} in {@code zone}, in UTC. */
    static String endOf(LocalDate day, ZoneId zone) {
        return day.atTime(LocalTime.of(23, 59, 59))
                .atZone(zone)
                .withZoneSameInstant(ZoneOffset.UTC)
                .format(UTC_SECONDS);
    }
}
