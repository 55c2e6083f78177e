package io.auditpack.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The SOC 2 description sections of scope.yaml (DC 2018), each a list of lines: {@code commitments} and
 * {@code requirements} (DC 2), {@code components} by component word in {@link #COMPONENTS} order (DC 3, only those
 * given), {@code incidents} (DC 4), {@code userEntityControls} (DC 6), {@code subservices} (DC 7) and
 * {@code changes} (DC 9). {@code given} holds every scope.yaml key the file gives (also {@code services}, which
 * answers DC 1 from the narrative), so that a section stated as empty ("none") differs from one not provided.
 */
public record SystemDescription(
        List<String> commitments,
        List<String> requirements,
        Map<String, List<String>> components,
        List<String> incidents,
        List<String> userEntityControls,
        List<SubserviceOrganisation> subservices,
        List<String> changes,
        Set<String> given) {

    /** The five components of a system (DC 3), in the criteria's order. */
    public static final List<String> COMPONENTS = List.of("infrastructure", "software", "people", "procedures", "data");

    public SystemDescription {
        commitments = List.copyOf(commitments);
        requirements = List.copyOf(requirements);
        components = Collections.unmodifiableMap(new LinkedHashMap<>(components));
        if (!COMPONENTS.containsAll(components.keySet())) {
            throw new IllegalArgumentException("unknown system components " + components.keySet());
        }
        incidents = List.copyOf(incidents);
        userEntityControls = List.copyOf(userEntityControls);
        subservices = List.copyOf(subservices);
        changes = List.copyOf(changes);
        given = Set.copyOf(given);
    }

    /** No description section given. */
    public static SystemDescription none() {
        return new SystemDescription(
                List.of(), List.of(), Map.of(), List.of(), List.of(), List.of(), List.of(), Set.of());
    }

    /** Whether scope.yaml gives every key of a section (an empty list counts as given: "none"). */
    public boolean provides(DescriptionCriterion criterion) {
        return given.containsAll(criterion.keys());
    }

    /** The components (DC 3) the file names no lines for. */
    public List<String> missingComponents() {
        return COMPONENTS.stream()
                .filter(c -> components.getOrDefault(c, List.of()).isEmpty())
                .toList();
    }
}
