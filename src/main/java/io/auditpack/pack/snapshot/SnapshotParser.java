package io.auditpack.pack.snapshot;

import io.auditpack.domain.Framework;
import io.auditpack.domain.FrameworkSummary;
import io.auditpack.domain.Frequency;
import io.auditpack.domain.Gap;
import io.auditpack.domain.GapType;
import io.auditpack.domain.OperatingStatus;
import io.auditpack.domain.PackSnapshot;
import io.auditpack.domain.PackageType;
import io.auditpack.domain.PackedControl;
import io.auditpack.domain.PackedEvidence;
import io.auditpack.domain.Period;
import io.auditpack.domain.Words;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a pack's metrics.json (plus its payload manifest, for the evidence files' hashes) into a
 * {@link PackSnapshot}. Anything missing or not in the contract's words is an {@link IllegalArgumentException}
 * naming the key.
 */
final class SnapshotParser {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final String EVIDENCE = "data/evidence/";

    private SnapshotParser() {}

    static PackSnapshot parse(String metricsJson, Map<String, String> manifest, String sha256) {
        JsonNode root = MAPPER.readTree(metricsJson);
        if (!root.isObject()) {
            throw new IllegalArgumentException("data/metrics.json is not a JSON object");
        }
        String packageWord = text(root, "package");
        PackageType type = PackageType.fromWord(packageWord)
                .orElseThrow(() ->
                        new IllegalArgumentException("data/metrics.json: unknown package \"" + packageWord + "\""));
        JsonNode period = root.path("period");
        return new PackSnapshot(
                text(root, "job"),
                type,
                root.path("version").asInt(0),
                date(root, "as_of"),
                period.isObject() ? new Period(date(period, "start"), date(period, "end")) : null,
                sha256,
                root.path("previous_sha256").isString()
                        ? root.path("previous_sha256").asString()
                        : "",
                frameworks(root.path("frameworks")),
                controls(root.path("controls")),
                gaps(root.path("gaps")),
                evidence(root.path("evidence").path("files"), manifest),
                counts(root.path("findings").path("by_severity")),
                counts(root.path("findings").path("by_code")));
    }

    private static List<FrameworkSummary> frameworks(JsonNode frameworks) {
        List<FrameworkSummary> summaries = new ArrayList<>();
        for (Framework framework : Framework.values()) {
            JsonNode n = frameworks.path(framework.label());
            if (n.isObject()) {
                summaries.add(new FrameworkSummary(
                        framework,
                        n.path("requirements_in_scope").asInt(),
                        n.path("covered").asInt(),
                        n.path("partial").asInt(),
                        n.path("missing_control").asInt(),
                        n.path("not_applicable").asInt(),
                        n.path("effective").asInt(),
                        n.path("inconsistent").asInt(),
                        n.path("no_records").asInt(),
                        n.path("not_yet_due").asInt()));
            }
        }
        return summaries;
    }

    private static List<PackedControl> controls(JsonNode controls) {
        List<PackedControl> list = new ArrayList<>();
        for (JsonNode n : controls) {
            List<String> missing = new ArrayList<>();
            n.path("missing_slices").forEach(s -> missing.add(s.asString()));
            list.add(new PackedControl(
                    text(n, "id"),
                    optional(n, "title"),
                    optional(n, "owner"),
                    word(Frequency.class, n, "frequency"),
                    word(OperatingStatus.class, n, "status"),
                    n.path("due").asInt(),
                    n.path("covered").asInt(),
                    n.path("pending").asInt(),
                    missing));
        }
        return list;
    }

    private static List<Gap> gaps(JsonNode gaps) {
        List<Gap> list = new ArrayList<>();
        for (JsonNode n : gaps) {
            String framework = text(n, "framework");
            Framework parsed = Arrays.stream(Framework.values())
                    .filter(f -> f.label().equals(framework))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("gaps: unknown framework \"" + framework + "\""));
            list.add(new Gap(
                    word(GapType.class, n, "type"),
                    parsed,
                    text(n, "requirement"),
                    optional(n, "control"),
                    optional(n, "owner"),
                    Math.max(1, n.path("priority").asInt(1))));
        }
        return list;
    }

    /** From metrics.json's list when the pack has one; else from the manifest's {@code data/evidence/} paths. */
    private static List<PackedEvidence> evidence(JsonNode files, Map<String, String> manifest) {
        List<PackedEvidence> list = new ArrayList<>();
        if (files.isArray()) {
            for (JsonNode n : files) {
                String path = text(n, "path");
                String sha = manifest.get(path);
                if (sha == null) {
                    throw new IllegalArgumentException("evidence file " + path + " is not in the manifest");
                }
                list.add(new PackedEvidence(text(n, "id"), text(n, "control"), path, sha));
            }
            return list;
        }
        manifest.forEach((path, sha) -> {
            String[] parts = path.startsWith(EVIDENCE)
                    ? path.substring(EVIDENCE.length()).split("/")
                    : new String[0];
            if (parts.length == 2 && parts[1].contains("__")) {
                list.add(new PackedEvidence(parts[1].substring(0, parts[1].indexOf("__")), parts[0], path, sha));
            }
        });
        return list;
    }

    private static SortedMap<String, Integer> counts(JsonNode node) {
        SortedMap<String, Integer> counts = new TreeMap<>();
        node.properties().forEach(e -> counts.put(e.getKey(), e.getValue().asInt()));
        return counts;
    }

    private static String text(JsonNode node, String key) {
        JsonNode value = node.path(key);
        if (!value.isString() || value.asString().isEmpty()) {
            throw new IllegalArgumentException("data/metrics.json: \"" + key + "\" is missing or not a text");
        }
        return value.asString();
    }

    private static String optional(JsonNode node, String key) {
        JsonNode value = node.path(key);
        return value.isString() ? value.asString() : "";
    }

    private static LocalDate date(JsonNode node, String key) {
        String text = text(node, key);
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("data/metrics.json: \"" + key + "\" is not a date: " + text);
        }
    }

    private static <E extends Enum<E>> E word(Class<E> type, JsonNode node, String key) {
        String text = text(node, key);
        return Words.lookup(type, text)
                .orElseThrow(() -> new IllegalArgumentException(
                        "data/metrics.json: \"" + key + "\" is not one of " + Words.accepted(type) + ": " + text));
    }
}
