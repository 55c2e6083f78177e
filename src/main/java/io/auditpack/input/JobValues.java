package io.auditpack.input;

import io.auditpack.domain.JobDefinition;
import io.auditpack.domain.PackageType;
import io.auditpack.domain.Soc2Category;
import io.auditpack.domain.Words;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.scheduling.support.CronExpression;
import org.yaml.snakeyaml.nodes.Node;

/** Reads and checks the single values of a job file; each problem is an error on the document, null returned. */
final class JobValues {
    private static final Pattern NAME = Pattern.compile("[a-z0-9-]+");
    private static final Pattern LAG = Pattern.compile("([0-9]{1,3})d");
    /** The longest job name: it names files ({@code <name>-v0001.zip.sha256}) and must leave room in a 255-byte name. */
    static final int MAX_NAME = 64;

    private static final List<String> PACKAGES =
            Arrays.stream(PackageType.values()).map(PackageType::word).toList();
    private static final List<String> CATEGORIES = Words.accepted(Soc2Category.class);

    /** A fixed day to look for a schedule's next firing from, besides now (a leap day fires from here too). */
    private static final ZonedDateTime REFERENCE = ZonedDateTime.of(2000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    private final YamlDoc doc;

    JobValues(YamlDoc doc) {
        this.doc = doc;
    }

    @Nullable
    String name(Node node) {
        String value = text(node, "name");
        if (value != null && NAME.matcher(value).matches() && value.length() > MAX_NAME) {
            doc.error(
                    node,
                    "name",
                    value,
                    "a job name of " + value.length() + " characters; accepted: at most " + MAX_NAME
                            + " (it names the pack files, their folder and the job's lock file)");
            return null;
        }
        if (value != null && !NAME.matcher(value).matches()) {
            doc.error(
                    node,
                    "name",
                    value,
                    "not a valid job name; accepted: lower-case letters, digits and '-' " + "(e.g. soc2-type2-2026)");
            return null;
        }
        return value;
    }

    /** Whether a text is a job name: 1 to {@value #MAX_NAME} of lower-case letters, digits and '-'. */
    static boolean isName(String text) {
        return text != null && text.length() <= MAX_NAME && NAME.matcher(text).matches();
    }

    @Nullable
    PackageType packageType(Node node) {
        String value = text(node, "package");
        if (value == null) {
            return null;
        }
        Optional<PackageType> type = PackageType.fromWord(value);
        if (type.isEmpty()) {
            doc.error(
                    node,
                    "package",
                    value,
                    "unknown package; accepted: " + String.join(", ", PACKAGES)
                            + Suggestions.didYouMean(value, PACKAGES));
        }
        return type.orElse(null);
    }

    /** A non-blank single value; null (with a finding) when blank or not a single value. */
    @Nullable
    String text(Node node, String key) {
        String value = doc.scalar(node, key);
        if (value != null && value.isEmpty()) {
            doc.error(node, key, "", "key \"" + key + "\" must not be blank");
            return null;
        }
        return value;
    }

    /**
     * A free-text value ({@code organization}, {@code system}) as one line: {@link #text}, and null (with a finding)
     * when it holds a control character or a line or paragraph separator (U+0085, U+2028, U+2029...): these values
     * go into one-line tag files such as bag-info.txt, where a reader splitting lines would see injected labels.
     */
    @Nullable
    String line(Node node, String key) {
        String value = text(node, key);
        if (value != null) {
            for (int i = 0; i < value.length(); i++) {
                if (breaksLine(value.charAt(i))) {
                    doc.error(
                            node,
                            key,
                            value,
                            "key \"" + key
                                    + "\" holds a control character or line separator (U+%04X at character %d); accepted: one line of text without control characters"
                                            .formatted((int) value.charAt(i), i + 1));
                    return null;
                }
            }
        }
        return value;
    }

    /** A control character (C0, DEL, C1 such as U+0085) or a line or paragraph separator. */
    static boolean breaksLine(char c) {
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
    }

    @Nullable
    LocalDate date(Node node, String key) {
        String value = text(node, key);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value, Cells.ISO_DATE);
        } catch (DateTimeParseException e) {
            doc.error(
                    node,
                    key,
                    value,
                    "not a valid date; accepted: an existing calendar day written YYYY-MM-DD, " + "e.g. 2026-01-01");
            return null;
        }
    }

    /** The categories listed plus security; null (with a finding) when a word is unknown. */
    @Nullable
    Set<Soc2Category> categories(Node node) {
        List<String> words = doc.list(node, "soc2_categories");
        if (words == null) {
            return null;
        }
        Set<Soc2Category> categories = EnumSet.of(Soc2Category.SECURITY);
        boolean ok = true;
        for (String word : words) {
            Optional<Soc2Category> category = Soc2Category.fromWord(word);
            if (category.isEmpty()) {
                doc.error(
                        node,
                        "soc2_categories",
                        word,
                        "unknown SOC 2 category; accepted: " + String.join(", ", CATEGORIES)
                                + Suggestions.didYouMean(word, CATEGORIES));
                ok = false;
            }
            category.ifPresent(categories::add);
        }
        return ok ? categories : null;
    }

    /** A collection lag in days, written {@code 5d}; 0 (with a finding) when not such a value or too long. */
    int lag(Node node) {
        String value = text(node, "collection_lag");
        if (value == null) {
            return 0;
        }
        var days = LAG.matcher(value);
        if (!days.matches() || Integer.parseInt(days.group(1)) > JobDefinition.MAX_COLLECTION_LAG) {
            doc.error(
                    node,
                    "collection_lag",
                    value,
                    "not a valid collection_lag; accepted: a number of days from 0d to "
                            + JobDefinition.MAX_COLLECTION_LAG
                            + "d, e.g. 5d when records arrive up to five days after the day they speak for");
            return 0;
        }
        return Integer.parseInt(days.group(1));
    }

    @Nullable
    String schedule(Node node) {
        String value = text(node, "schedule");
        if (value == null) {
            return null;
        }
        try {
            CronExpression cron = CronExpression.parse(value);
            if (cron.next(REFERENCE) == null || cron.next(ZonedDateTime.now(ZoneOffset.UTC)) == null) {
                doc.error(
                        node,
                        "schedule",
                        value,
                        "this schedule never fires: no day of the calendar matches it (such as 30 February or "
                                + "31 April); accepted: a Spring 6-field cron that fires, e.g. \"0 30 2 * * *\" for "
                                + "02:30 every night");
                return null;
            }
            return value;
        } catch (IllegalArgumentException e) {
            doc.error(
                    node,
                    "schedule",
                    value,
                    "not a valid schedule (" + e.getMessage() + "); accepted: a Spring "
                            + "6-field cron \"second minute hour day-of-month month day-of-week\", e.g. \"0 30 2 * * *\" "
                            + "for 02:30 every night");
            return null;
        }
    }

    @Nullable
    ZoneId timeZone(Node node) {
        String value = text(node, "time_zone");
        if (value == null) {
            return null;
        }
        Set<String> zones = ZoneId.getAvailableZoneIds();
        if (!zones.contains(value)) {
            doc.error(
                    node,
                    "time_zone",
                    value,
                    "unknown time zone; accepted: an IANA time zone such as UTC, " + "Europe/Paris or America/New_York"
                            + Suggestions.didYouMean(value, zones));
            return null;
        }
        return ZoneId.of(value);
    }

    /** A folder: absolute as written, or relative to the project root; absolute and normalised. */
    @Nullable
    Path folder(Node node, String key, Path projectRoot) {
        String value = text(node, key);
        if (value == null) {
            return null;
        }
        try {
            return projectRoot.resolve(value).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            doc.error(
                    node,
                    key,
                    value.replace("\0", "\\0"),
                    "not a valid folder path (" + e.getReason()
                            + "); accepted: a folder relative to the project root or an absolute folder");
            return null;
        }
    }
}
