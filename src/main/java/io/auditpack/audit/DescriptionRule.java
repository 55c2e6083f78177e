package io.auditpack.audit;

import io.auditpack.domain.DescriptionCriterion;
import io.auditpack.domain.Finding;
import io.auditpack.domain.PackageType;
import io.auditpack.domain.ScopeStatement;
import io.auditpack.domain.SubserviceOrganisation;
import io.auditpack.domain.SystemDescription;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The SOC 2 description (Section III) against the DC 2018 description criteria, for soc2-type1 and soc2-type2
 * packages: each section scope.yaml does not provide is a warning {@code scope.description_missing} (DC 9,
 * changes during the period, only for Type II), as are system components without lines; a carved-out subservice
 * organisation without complementary subservice organisation controls is {@code scope.csoc_missing}.
 */
final class DescriptionRule {
    static final String DESCRIPTION_MISSING = "scope.description_missing";
    static final String CSOC_MISSING = "scope.csoc_missing";

    private DescriptionRule() {}

    /** The criteria a package's description needs that scope.yaml does not provide, in DC order. */
    static List<DescriptionCriterion> missing(PackageType type, SystemDescription description) {
        if (!describes(type)) {
            return List.of();
        }
        return Arrays.stream(DescriptionCriterion.values())
                .filter(c -> !c.periodOnly() || type == PackageType.SOC2_TYPE2)
                .filter(c -> !description.provides(c))
                .toList();
    }

    /** Whether a package type's report holds a SOC 2 system description. */
    static boolean describes(PackageType type) {
        return type == PackageType.SOC2_TYPE1 || type == PackageType.SOC2_TYPE2;
    }

    static List<Finding> find(PackageType type, ScopeStatement scope) {
        if (!describes(type)) {
            return List.of();
        }
        SystemDescription description = scope.description();
        List<Finding> findings = new ArrayList<>();
        for (DescriptionCriterion criterion : missing(type, description)) {
            findings.add(Finding.warning(
                    DESCRIPTION_MISSING,
                    scope.source(),
                    String.join(", ", criterion.keys()),
                    "",
                    "the SOC 2 description (Section III) does not provide " + criterion.reference() + " "
                            + criterion.title().toLowerCase(java.util.Locale.ROOT)
                            + ": an auditor will ask for it before fieldwork; add it to scope.yaml"));
        }
        if (description.provides(DescriptionCriterion.COMPONENTS)
                && !description.missingComponents().isEmpty()) {
            findings.add(Finding.warning(
                    DESCRIPTION_MISSING,
                    scope.source(),
                    "system_components",
                    String.join(", ", description.missingComponents()),
                    "DC 3 components of the system: no lines for "
                            + String.join(", ", description.missingComponents())
                            + "; the criteria ask for infrastructure, software, people, procedures and data"));
        }
        for (SubserviceOrganisation organisation : description.subservices()) {
            if (organisation.carvedOut() && organisation.csocs().isEmpty()) {
                findings.add(Finding.warning(
                        CSOC_MISSING,
                        scope.source(),
                        "subservice_organisations",
                        organisation.name(),
                        "subservice organisation " + organisation.name()
                                + " is carved out but lists no complementary subservice organisation controls"
                                + " (csocs): DC 7 asks for the controls assumed of it"));
            }
        }
        return findings;
    }
}
