package io.auditpack.input;

import io.auditpack.domain.SubserviceOrganisation;
import io.auditpack.domain.SystemDescription;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads the SOC 2 description sections of scope.yaml (DC 2018): lists of lines, the {@code system_components}
 * mapping and the {@code subservice_organisations} list; every problem names the line, the column, the key and the
 * value (through {@link YamlDoc}).
 */
final class DescriptionReader {
    static final String COMPONENTS = "system_components";
    static final String SUBSERVICES = "subservice_organisations";
    static final List<String> LISTS = List.of(
            "principal_service_commitments",
            "system_requirements",
            "system_incidents",
            "complementary_user_entity_controls",
            "significant_changes");
    static final List<String> KEYS = java.util.stream.Stream.concat(
                    LISTS.stream(), java.util.stream.Stream.of(COMPONENTS, SUBSERVICES))
            .toList();
    static final List<String> SUBSERVICE_KEYS = List.of("name", "services", "method", "csocs");
    static final List<String> METHODS = List.of("carve-out", "inclusive");

    private final YamlDoc doc;
    private final Map<String, List<String>> lists = new LinkedHashMap<>();
    private final Map<String, List<String>> components = new LinkedHashMap<>();
    private final List<SubserviceOrganisation> subservices = new ArrayList<>();
    private final Set<String> given = new HashSet<>();

    DescriptionReader(YamlDoc doc) {
        this.doc = doc;
    }

    /** Reads one top-level entry whose key is in {@link #KEYS}. */
    void read(String key, Node value) {
        switch (key) {
            case COMPONENTS -> {
                if (components(value)) {
                    given.add(key);
                }
            }
            case SUBSERVICES -> {
                if (subservices(value)) {
                    given.add(key);
                }
            }
            default -> {
                List<String> lines = doc.list(value, key);
                if (lines != null) {
                    lists.put(key, lines);
                    given.add(key);
                }
            }
        }
    }

    /** The description read, {@code alsoGiven} adding the narrative keys the file gives ({@code services}). */
    SystemDescription description(Set<String> alsoGiven) {
        Set<String> keys = new HashSet<>(given);
        keys.addAll(alsoGiven);
        return new SystemDescription(
                lines("principal_service_commitments"),
                lines("system_requirements"),
                components,
                lines("system_incidents"),
                lines("complementary_user_entity_controls"),
                subservices,
                lines("significant_changes"),
                keys);
    }

    private List<String> lines(String key) {
        return lists.getOrDefault(key, List.of());
    }

    private boolean components(Node value) {
        if (!(value instanceof MappingNode mapping)) {
            doc.error(
                    value,
                    COMPONENTS,
                    "",
                    "key \"" + COMPONENTS + "\" takes a mapping of components to lists of lines; accepted keys: "
                            + String.join(", ", SystemDescription.COMPONENTS));
            return false;
        }
        boolean ok = true;
        for (Map.Entry<String, NodeTuple> entry : doc.entries(mapping, COMPONENTS + ".", SystemDescription.COMPONENTS)
                .entrySet()) {
            List<String> lines = doc.list(entry.getValue().getValueNode(), COMPONENTS + "." + entry.getKey());
            if (lines == null) {
                ok = false;
            } else {
                components.put(entry.getKey(), lines);
            }
        }
        return ok;
    }

    private boolean subservices(Node value) {
        if (!(value instanceof SequenceNode sequence)) {
            doc.error(
                    value,
                    SUBSERVICES,
                    "",
                    "key \"" + SUBSERVICES + "\" takes a list of organisations, each with keys "
                            + String.join(", ", SUBSERVICE_KEYS));
            return false;
        }
        boolean ok = true;
        int index = 0;
        for (Node item : sequence.getValue()) {
            index++;
            SubserviceOrganisation organisation = subservice(item, SUBSERVICES + "[" + index + "]");
            if (organisation == null) {
                ok = false;
            } else {
                subservices.add(organisation);
            }
        }
        return ok;
    }

    private @Nullable SubserviceOrganisation subservice(Node item, String at) {
        if (!(item instanceof MappingNode mapping)) {
            doc.error(
                    item,
                    at,
                    "",
                    "key \"" + at + "\" takes a mapping with keys " + String.join(", ", SUBSERVICE_KEYS)
                            + " (name and method required)");
            return null;
        }
        Map<String, NodeTuple> entries = doc.entries(mapping, at + ".", SUBSERVICE_KEYS);
        String name =
                entries.containsKey("name") ? doc.scalar(entries.get("name").getValueNode(), at + ".name") : "";
        String services = entries.containsKey("services")
                ? doc.scalar(entries.get("services").getValueNode(), at + ".services")
                : "";
        String method =
                entries.containsKey("method") ? doc.scalar(entries.get("method").getValueNode(), at + ".method") : "";
        List<String> csocs =
                entries.containsKey("csocs") ? doc.list(entries.get("csocs").getValueNode(), at + ".csocs") : List.of();
        boolean ok = name != null && services != null && method != null && csocs != null;
        if (name != null && name.isEmpty()) {
            doc.error(mapping, at + ".name", "key \"" + at + ".name\" is required: the organisation's name");
            ok = false;
        }
        if (method != null && !METHODS.contains(method.toLowerCase(java.util.Locale.ROOT))) {
            Node node = entries.containsKey("method") ? entries.get("method").getValueNode() : mapping;
            doc.error(
                    node,
                    at + ".method",
                    method,
                    (method.isEmpty() ? "key \"" + at + ".method\" is required" : "unknown method")
                            + Suggestions.didYouMean(method, METHODS) + "; accepted: "
                            + String.join(", ", METHODS) + " (AICPA carve-out or inclusive method)");
            ok = false;
        }
        if (!ok || name == null || services == null || method == null || csocs == null) {
            return null;
        }
        return new SubserviceOrganisation(
                name, services, method.toLowerCase(java.util.Locale.ROOT).equals("carve-out"), csocs);
    }
}
