package io.auditpack.audit.stage;

import io.auditpack.domain.AuditResult;
import io.auditpack.domain.DesignStatus;
import io.auditpack.domain.Framework;
import io.auditpack.domain.Gap;
import io.auditpack.domain.GapType;
import io.auditpack.domain.InputSet;
import io.auditpack.domain.RequirementResult;
import io.auditpack.verdict.ChecklistItem;
import io.auditpack.verdict.ItemStatus;
import io.auditpack.verdict.Readiness;
import io.auditpack.verdict.ReadinessReason;
import io.auditpack.verdict.SoaRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides readiness for Stage 2. Blocking: a checklist item missing; the internal audit (9.2.2) or management
 * review (9.3.3) evidence stale (no cycle in the last 12 months); a management-system clause without an
 * implemented control. Observations: any other stale item; an applicable Annex A control without an implemented
 * control; a control whose documentation is stale or missing; no Statement of Applicability decision at all, or
 * applicable Annex A controls without a justification for inclusion (one observation naming them).
 * Any blocking reason gives {@code not_ready}, only observations {@code ready_with_observations}, none
 * {@code ready}.
 */
final class ReadinessRule {
    private ReadinessRule() {}

    static Readiness verdict(List<ReadinessReason> reasons) {
        if (reasons.stream().anyMatch(ReadinessReason::blocking)) {
            return Readiness.NOT_READY;
        }
        return reasons.isEmpty() ? Readiness.READY : Readiness.READY_WITH_OBSERVATIONS;
    }

    /** Blocking reasons first, then observations; each group in clause (catalog) order. */
    static List<ReadinessReason> reasons(
            List<ChecklistItem> items, AuditResult result, InputSet inputs, List<SoaRow> soa) {
        List<ReadinessReason> blocking = new ArrayList<>();
        List<ReadinessReason> observations = new ArrayList<>();
        for (ChecklistItem item : items) {
            boolean cycle =
                    MandatoryItem.ALL.stream().anyMatch(m -> m.clause().equals(item.clause()) && m.cycleEvidence());
            String label = item.clause() + " " + item.title();
            if (item.status() == ItemStatus.MISSING) {
                blocking.add(
                        new ReadinessReason(true, item.clause(), label + ": missing (" + lower(item.expected()) + ")"));
            } else if (item.status() == ItemStatus.STALE) {
                (cycle ? blocking : observations)
                        .add(new ReadinessReason(
                                cycle,
                                item.clause(),
                                label + ": stale, newest evidence dated " + item.latest()
                                        + (cycle ? ", no cycle completed in the 12 months before as-of" : "")));
            }
        }
        for (RequirementResult requirement : result.requirements(Framework.ISO27001)) {
            if (requirement.design() == DesignStatus.MISSING_CONTROL) {
                boolean clause = !requirement.id().startsWith("A.");
                (clause ? blocking : observations)
                        .add(new ReadinessReason(
                                clause,
                                requirement.id(),
                                requirement.id() + " " + requirement.title() + ": "
                                        + (clause ? "management-system clause" : "applicable Annex A control")
                                        + " without an implemented control"));
            }
        }
        undocumented(result)
                .forEach((control, requirements) -> observations.add(new ReadinessReason(
                        false,
                        control,
                        "control " + control + ": documentation stale or missing (" + String.join(", ", requirements)
                                + ")")));
        if (!hasSoaDecisions(inputs)) {
            observations.add(new ReadinessReason(
                    false,
                    "6.1.3",
                    "no ISO 27001 decision in applicability.csv: the Statement of Applicability justifies no "
                            + "inclusion or exclusion"));
        } else {
            List<String> unjustified = StatementOfApplicability.unjustified(soa);
            if (!unjustified.isEmpty()) {
                observations.add(new ReadinessReason(
                        false,
                        "6.1.3",
                        unjustified.size() + " applicable Annex A control" + (unjustified.size() == 1 ? "" : "s")
                                + " without a justification for inclusion in applicability.csv (clause 6.1.3 d): "
                                + shortList(unjustified)));
            }
        }
        List<ReadinessReason> reasons = new ArrayList<>(blocking);
        reasons.addAll(observations);
        return reasons;
    }

    /** The first ten IDs, then how many more. */
    static String shortList(List<String> ids) {
        return ids.size() <= 10
                ? String.join(", ", ids)
                : String.join(", ", ids.subList(0, 10)) + " and " + (ids.size() - 10) + " more (sheet SoA)";
    }

    static boolean hasSoaDecisions(InputSet inputs) {
        return inputs.applicability().stream().anyMatch(a -> a.framework() == Framework.ISO27001);
    }

    /** Per control (in order of first gap), the ISO requirements its stale or missing documentation leaves open. */
    private static Map<String, List<String>> undocumented(AuditResult result) {
        Map<String, List<String>> byControl = new LinkedHashMap<>();
        for (Gap gap : result.gaps()) {
            if (gap.framework() == Framework.ISO27001 && gap.type() == GapType.MISSING_DOCUMENTATION) {
                byControl.computeIfAbsent(gap.control(), k -> new ArrayList<>()).add(gap.requirement());
            }
        }
        return byControl;
    }

    private static String lower(String text) {
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
