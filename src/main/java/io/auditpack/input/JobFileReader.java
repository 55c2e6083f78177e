package io.auditpack.input;

import io.auditpack.domain.Finding;
import io.auditpack.domain.JobDefinition;
import io.auditpack.domain.PackageType;
import io.auditpack.domain.Period;
import io.auditpack.domain.Severity;
import io.auditpack.domain.Soc2Category;
import io.auditpack.guard.NamedFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/**
 * Reads a job file (contract section 2) strictly: unknown, duplicate or missing keys and impossible values are
 * errors naming the file, line, column, key and value. All errors are collected, then thrown together.
 */
public final class JobFileReader {
    static final String CODE = "input.job";
    static final List<String> KEYS = List.of(
            "name",
            "package",
            "organization",
            "system",
            "period",
            "as_of",
            "soc2_categories",
            "schedule",
            "time_zone",
            "input",
            "output",
            "collection_lag");
    private static final List<String> REQUIRED = List.of("name", "package", "organization", "system");
    private static final List<String> PERIOD_KEYS = List.of("start", "end");
    /** The longest period judged: audits cover a year, sometimes a few; ten leaves room and keeps every report usable. */
    static final int MAX_PERIOD_YEARS = 10;

    private JobFileReader() {}

    public static JobDefinition read(Path jobFile) throws InputException {
        String file = jobFile.toString();
        Optional<String> notAFile = NamedFile.problem(jobFile);
        if (notAFile.isPresent()) {
            throw new InputException(List.of(new Finding(
                    Severity.ERROR,
                    CODE,
                    file,
                    0,
                    "",
                    "",
                    notAFile.get().equals("does not exist")
                            ? "job file not found; " + existingJobFiles(jobFile)
                            : "the job file " + notAFile.get())));
        }
        YamlDoc doc = new YamlDoc(file, CODE);
        MappingNode root;
        try {
            root = doc.load(jobFile, false);
        } catch (IOException e) {
            throw new InputException(List.of(
                    new Finding(Severity.ERROR, CODE, file, 0, "", "", "cannot read the job file: " + e.getMessage())));
        }
        JobDefinition job = root == null ? null : build(doc, root, jobFile);
        if (!doc.findings().isEmpty() || job == null) {
            throw new InputException(doc.findings());
        }
        return job;
    }

    /** Names the job files that do exist beside the missing one (or in ./jobs), so the hint is always a real file. */
    static String existingJobFiles(Path missing) {
        Path folder = missing.toAbsolutePath().normalize().getParent();
        List<String> found = yamlFiles(folder);
        if (found.isEmpty() && (folder == null || !Files.isDirectory(folder))) {
            folder = Path.of("jobs").toAbsolutePath();
            found = yamlFiles(folder);
        }
        if (found.isEmpty()) {
            return "there is no job file (*.yaml) in " + folder + "; accepted: a YAML job file as described in "
                    + "docs/contract.md, section 2";
        }
        int shown = Math.min(found.size(), 10);
        return "the job files in " + folder + " are: " + String.join(", ", found.subList(0, shown))
                + (found.size() > shown ? " and " + (found.size() - shown) + " more" : "");
    }

    private static List<String> yamlFiles(@Nullable Path folder) {
        if (folder == null || !Files.isDirectory(folder)) {
            return List.of();
        }
        try (var files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".yaml") && Files.isRegularFile(f))
                    .map(f -> f.getFileName().toString())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static @Nullable JobDefinition build(YamlDoc doc, MappingNode root, Path jobFile) {
        Map<String, NodeTuple> entries = doc.entries(root, "", KEYS);
        for (String key : REQUIRED) {
            if (!entries.containsKey(key)) {
                doc.error(
                        root,
                        key,
                        "missing required key \"" + key + "\"; required keys: " + String.join(", ", REQUIRED));
            }
        }
        JobValues values = new JobValues(doc);
        Path absolute = jobFile.toAbsolutePath().normalize();
        Path projectRoot = projectRoot(absolute);
        String name = entries.containsKey("name") ? values.name(value(entries, "name")) : null;
        PackageType type = entries.containsKey("package") ? values.packageType(value(entries, "package")) : null;
        String organization = entries.containsKey("organization")
                ? values.line(value(entries, "organization"), "organization")
                : null;
        String system = entries.containsKey("system") ? values.line(value(entries, "system"), "system") : null;
        Period period = entries.containsKey("period") ? period(doc, values, value(entries, "period")) : null;
        checkPeriodicity(doc, root, entries, type);
        LocalDate asOf = entries.containsKey("as_of") ? values.date(value(entries, "as_of"), "as_of") : null;
        Set<Soc2Category> categories = entries.containsKey("soc2_categories")
                ? values.categories(value(entries, "soc2_categories"))
                : Set.of(Soc2Category.SECURITY);
        String schedule = entries.containsKey("schedule") ? values.schedule(value(entries, "schedule")) : null;
        ZoneId zone =
                entries.containsKey("time_zone") ? values.timeZone(value(entries, "time_zone")) : ZoneId.of("UTC");
        Path input = entries.containsKey("input")
                ? values.folder(value(entries, "input"), "input", projectRoot)
                : projectRoot.resolve("input");
        Path output = entries.containsKey("output")
                ? values.folder(value(entries, "output"), "output", projectRoot)
                : projectRoot.resolve("output");
        int lag = entries.containsKey("collection_lag") ? values.lag(value(entries, "collection_lag")) : 0;
        if (!doc.findings().isEmpty()
                || name == null
                || type == null
                || organization == null
                || system == null
                || categories == null
                || zone == null
                || input == null
                || output == null) {
            return null;
        }
        return new JobDefinition(
                name,
                type,
                organization,
                system,
                period,
                asOf,
                categories,
                schedule,
                zone,
                input,
                output,
                absolute,
                lag);
    }

    /**
     * Whether a text is a job name (1 to 64 lower-case letters, digits and '-'), as a command line argument naming a
     * job must be.
     */
    public static boolean isJobName(String text) {
        return JobValues.isName(text);
    }

    /** The parent of the job file's folder when that folder is named {@code jobs}, else the job file's folder. */
    static Path projectRoot(Path absoluteJobFile) {
        Path folder = Objects.requireNonNull(absoluteJobFile.getParent(), "a job file lies in a folder");
        if (folder.getFileName() != null
                && folder.getFileName().toString().equals("jobs")
                && folder.getParent() != null) {
            return folder.getParent();
        }
        return folder;
    }

    private static @Nullable Period period(YamlDoc doc, JobValues values, Node node) {
        if (!(node instanceof MappingNode mapping)) {
            doc.error(
                    node,
                    "period",
                    "",
                    "key \"period\" takes a mapping: period: { start: 2026-01-01, end: " + "2026-12-31 }");
            return null;
        }
        Map<String, NodeTuple> entries = doc.entries(mapping, "period.", PERIOD_KEYS);
        LocalDate start = null;
        LocalDate end = null;
        for (String key : PERIOD_KEYS) {
            if (!entries.containsKey(key)) {
                doc.error(
                        mapping,
                        "period." + key,
                        "period needs both start and end, e.g. period: "
                                + "{ start: 2026-01-01, end: 2026-12-31 }; missing \"period." + key + "\"");
            }
        }
        if (entries.containsKey("start")) {
            start = values.date(value(entries, "start"), "period.start");
        }
        if (entries.containsKey("end")) {
            end = values.date(value(entries, "end"), "period.end");
        }
        if (start != null && end != null && end.isBefore(start)) {
            doc.error(
                    value(entries, "end"),
                    "period.end",
                    end.toString(),
                    "period end " + end + " is before its start " + start + "; accepted: an end on or after the start");
            return null;
        }
        if (start != null
                && end != null
                && end.isAfter(start.plusYears(MAX_PERIOD_YEARS).minusDays(1))) {
            doc.error(
                    value(entries, "end"),
                    "period.end",
                    end.toString(),
                    "the period " + start + ".." + end + " is longer than " + MAX_PERIOD_YEARS
                            + " years; accepted: a period of at most " + MAX_PERIOD_YEARS
                            + " years (its end no later than "
                            + start.plusYears(MAX_PERIOD_YEARS).minusDays(1) + "), e.g. one audit year 2026-01-01 to "
                            + "2026-12-31");
            return null;
        }
        return start == null || end == null ? null : new Period(start, end);
    }

    private static void checkPeriodicity(
            YamlDoc doc, MappingNode root, Map<String, NodeTuple> entries, @Nullable PackageType type) {
        if (type == null) {
            return;
        }
        boolean hasPeriod = entries.containsKey("period");
        if (type.periodicity() == PackageType.Periodicity.PERIOD && !hasPeriod) {
            doc.error(
                    root,
                    "period",
                    "package " + type.word() + " judges operation over a period: key "
                            + "\"period\" is required, e.g. period: { start: 2026-01-01, end: 2026-12-31 }");
        } else if (type.periodicity() == PackageType.Periodicity.POINT_IN_TIME && hasPeriod) {
            Node key = Objects.requireNonNull(entries.get("period")).getKeyNode();
            doc.error(
                    key,
                    "period",
                    "",
                    "package " + type.word() + " is a point-in-time package and takes no "
                            + "period; remove \"period\" and pin the date with as_of: 2026-06-30 (or --as-of)");
        }
    }

    private static Node value(Map<String, NodeTuple> entries, String key) {
        return Objects.requireNonNull(entries.get(key), key).getValueNode();
    }
}
