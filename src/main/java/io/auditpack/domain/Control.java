package io.auditpack.domain;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One control of the library. {@code owner} and {@code expectedEvidence} are empty strings when not given (findings,
 * not errors). {@code scope} holds boundary tags; {@code extra} the columns the contract does not name, in file order.
 */
public record Control(
        String id,
        String title,
        String description,
        String owner,
        Frequency frequency,
        List<String> scope,
        String expectedEvidence,
        ControlStatus status,
        boolean requiresDocumentation,
        SourceRef source,
        Map<String, String> extra) {

    public Control {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(title, "title must not be null");
        description = Objects.requireNonNullElse(description, "");
        owner = Objects.requireNonNullElse(owner, "");
        Objects.requireNonNull(frequency, "frequency must not be null");
        scope = List.copyOf(scope);
        expectedEvidence = Objects.requireNonNullElse(expectedEvidence, "");
        Objects.requireNonNull(status, "status must not be null");
        Objects.requireNonNull(source, "source must not be null");
        extra = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(extra));
    }

    public boolean implemented() {
        return status == ControlStatus.IMPLEMENTED;
    }

    public boolean hasOwner() {
        return !owner.isBlank();
    }

    /**
     * What an auditor checks on each sampled item: the {@code ;}-separated attributes of the optional
     * {@code test_attributes} column (carried with the extra columns), else the expected evidence; empty when neither.
     */
    public List<String> testAttributes() {
        List<String> attributes = Words.listColumn(extra, "test_attributes");
        return attributes.isEmpty() && !expectedEvidence.isBlank() ? List.of(expectedEvidence) : attributes;
    }
}
