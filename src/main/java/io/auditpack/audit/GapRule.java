package io.auditpack.audit;

import io.auditpack.domain.ControlResult;
import io.auditpack.domain.DesignStatus;
import io.auditpack.domain.DocumentationStatus;
import io.auditpack.domain.GapType;
import io.auditpack.domain.OperatingStatus;
import io.auditpack.domain.RequirementResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Finds the gaps, one per (type, framework, requirement, control): missing_control for each in-scope requirement
 * without a counting control; and for each counting control of a requirement, missing_documentation (stale or
 * missing document), missing_operational_record (no_records) and inconsistent_performance (inconsistent).
 */
final class GapRule {
    private GapRule() {}

    /** {@code requirements} in report order (their index is their order); {@code results} by control ID. */
    static List<OpenGap> find(List<RequirementResult> requirements, Map<String, ControlResult> results) {
        List<OpenGap> gaps = new ArrayList<>();
        for (int order = 0; order < requirements.size(); order++) {
            RequirementResult requirement = requirements.get(order);
            if (requirement.design() == DesignStatus.MISSING_CONTROL) {
                gaps.add(
                        new OpenGap(GapType.MISSING_CONTROL, requirement.framework(), requirement.id(), order, "", ""));
            }
            for (String controlId : requirement.controls()) {
                ControlResult control = Objects.requireNonNull(results.get(controlId), controlId);
                for (GapType type : typesOf(control)) {
                    gaps.add(new OpenGap(
                            type,
                            requirement.framework(),
                            requirement.id(),
                            order,
                            controlId,
                            control.control().owner()));
                }
            }
        }
        return List.copyOf(gaps);
    }

    /** The gap types a counting control brings to each requirement it serves, in enum order. */
    static List<GapType> typesOf(ControlResult control) {
        List<GapType> types = new ArrayList<>();
        if (control.documentation() == DocumentationStatus.STALE
                || control.documentation() == DocumentationStatus.MISSING) {
            types.add(GapType.MISSING_DOCUMENTATION);
        }
        if (control.status() == OperatingStatus.NO_RECORDS) {
            types.add(GapType.MISSING_OPERATIONAL_RECORD);
        }
        if (control.status() == OperatingStatus.INCONSISTENT) {
            types.add(GapType.INCONSISTENT_PERFORMANCE);
        }
        return types;
    }
}
