package io.auditpack.audit;

import io.auditpack.domain.GapType;
import java.util.List;

/** Says in one sentence what a remediation item asks its owner to do. */
final class RemediationAction {
    private RemediationAction() {}

    static String describe(OpenGap first, List<GapType> types, List<String> closes) {
        if (first.control().isEmpty()) {
            return "Implement a control for " + first.qualifiedRequirement() + " and map it in mappings.csv.";
        }
        List<String> steps = types.stream().map(RemediationAction::step).toList();
        return "Control " + first.control() + ": " + String.join("; ", steps) + " (closes " + String.join(", ", closes)
                + ").";
    }

    private static String step(GapType type) {
        return switch (type) {
            case MISSING_OPERATIONAL_RECORD -> "collect operational records for every due period";
            case INCONSISTENT_PERFORMANCE -> "collect records for the missed periods and run the control every period";
            case MISSING_DOCUMENTATION -> "approve a current policy or procedure (within the last 12 months)";
            case MISSING_CONTROL -> "implement and map a control";
        };
    }
}
