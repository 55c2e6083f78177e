package io.auditpack.domain;

import java.util.List;

/**
 * A section of the SOC 2 system description (AICPA DC section 200, 2018 description criteria) that scope.yaml
 * answers, with the scope.yaml keys that answer it. DC 5 (criteria and controls) and DC 8 (criteria not
 * applicable) come from the library and applicability.csv, not from scope.yaml. {@code periodOnly}: asked of a
 * Type II description only (changes during the period).
 */
public enum DescriptionCriterion {
    SERVICES("DC 1", "Types of services provided", List.of("services"), false),
    COMMITMENTS(
            "DC 2",
            "Principal service commitments and system requirements",
            List.of("principal_service_commitments", "system_requirements"),
            false),
    COMPONENTS("DC 3", "Components of the system", List.of("system_components"), false),
    INCIDENTS("DC 4", "System incidents", List.of("system_incidents"), false),
    USER_ENTITY_CONTROLS(
            "DC 6", "Complementary user entity controls", List.of("complementary_user_entity_controls"), false),
    SUBSERVICE_ORGANISATIONS("DC 7", "Subservice organisations and CSOCs", List.of("subservice_organisations"), false),
    CHANGES("DC 9", "Significant changes during the period", List.of("significant_changes"), true);

    private final String reference;
    private final String title;
    private final List<String> keys;
    private final boolean periodOnly;

    DescriptionCriterion(String reference, String title, List<String> keys, boolean periodOnly) {
        this.reference = reference;
        this.title = title;
        this.keys = keys;
        this.periodOnly = periodOnly;
    }

    /** {@code DC 3}. */
    public String reference() {
        return reference;
    }

    public String title() {
        return title;
    }

    /** The scope.yaml keys that answer it, each needed. */
    public List<String> keys() {
        return keys;
    }

    /** Whether a description of a period (Type II) needs it and one as of a date (Type I) does not. */
    public boolean periodOnly() {
        return periodOnly;
    }
}
