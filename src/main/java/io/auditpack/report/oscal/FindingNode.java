package io.auditpack.report.oscal;

import static io.auditpack.report.oscal.Nodes.node;
import static io.auditpack.report.oscal.Nodes.prop;
import static io.auditpack.report.oscal.Nodes.props;

import io.auditpack.domain.DesignStatus;
import io.auditpack.domain.Gap;
import io.auditpack.domain.OperatingStatus;
import io.auditpack.domain.RequirementResult;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One in-scope requirement as an OSCAL {@code finding}. Its target is the requirement ({@code objective-id}, the
 * token of {@link OscalText#target}). The state is {@code satisfied} when the design is covered, no gap names the
 * requirement and, in a package that judges operation, the requirement operated effectively; otherwise
 * {@code not-satisfied}, with the reason {@code fail} when something failed (a gap, a partial or missing design,
 * missing records, inconsistent performance) and {@code other} when nothing has fallen due yet.
 */
final class FindingNode {
    private FindingNode() {}

    static String uuid(OscalNames names, RequirementResult requirement) {
        return names.uuid("finding", requirement.framework().label(), requirement.id());
    }

    /**
     * @param gaps the gaps of the run naming this requirement
     * @param judgesOperation whether the package judges operation over a period
     * @param observations the UUIDs of the observations the finding rests on (empty: none listed)
     */
    static Map<String, Object> of(
            OscalNames names,
            RequirementResult requirement,
            List<Gap> gaps,
            boolean judgesOperation,
            List<String> observations) {
        boolean satisfied = requirement.design() == DesignStatus.COVERED
                && gaps.isEmpty()
                && (!judgesOperation || requirement.operating() == OperatingStatus.EFFECTIVE);
        String reason = satisfied
                ? "pass"
                : gaps.isEmpty()
                                && requirement.design() == DesignStatus.COVERED
                                && requirement.operating() == OperatingStatus.NOT_YET_DUE
                        ? "other"
                        : "fail";
        String label = requirement.framework().label() + " " + requirement.id();
        return node(
                "uuid",
                uuid(names, requirement),
                "title",
                OscalText.line(label + ": " + requirement.title()),
                "description",
                OscalText.markdown(describe(requirement, gaps, judgesOperation)),
                "props",
                props(
                        prop("framework", requirement.framework().label()),
                        prop("requirement-id", requirement.id()),
                        prop("design", requirement.design().word()),
                        judgesOperation
                                ? prop("operating", requirement.operating().word())
                                : null),
                "target",
                node(
                        "type",
                        "objective-id",
                        "target-id",
                        OscalText.target(requirement.framework(), requirement.id()),
                        "status",
                        node("state", satisfied ? "satisfied" : "not-satisfied", "reason", reason)),
                "related-observations",
                observations.stream().map(o -> node("observation-uuid", o)).toList());
    }

    private static String describe(RequirementResult requirement, List<Gap> gaps, boolean judgesOperation) {
        StringBuilder text = new StringBuilder("Design ")
                .append(requirement.design().word())
                .append(requirement.controls().isEmpty() ? "" : " by " + String.join(", ", requirement.controls()));
        if (judgesOperation) {
            text.append("; operating ").append(requirement.operating().word());
        }
        text.append('.');
        if (!gaps.isEmpty()) {
            text.append(" Gaps: ")
                    .append(gaps.stream()
                            .map(g -> g.type().word() + (g.control().isEmpty() ? "" : " (" + g.control() + ")"))
                            .collect(Collectors.joining(", ")))
                    .append('.');
        }
        return text.toString();
    }
}
