package io.auditpack.report.oscal;

import static io.auditpack.report.oscal.Nodes.node;
import static io.auditpack.report.oscal.Nodes.prop;
import static io.auditpack.report.oscal.Nodes.props;

import io.auditpack.domain.AuditResult;
import io.auditpack.domain.Gap;
import io.auditpack.domain.JobDefinition;
import io.auditpack.domain.RemediationDate;
import io.auditpack.domain.RemediationItem;
import io.auditpack.domain.RequirementResult;
import io.auditpack.report.PackContext;
import io.auditpack.verdict.ScheduledItem;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The content of {@code data/oscal/poam.json} (OSCAL 1.1.3 plan-of-action-and-milestones) as an ordered tree: each
 * item of the remediation plan, in priority order, a POA&M item with its risk (status, deadline and owner from
 * remediation.csv where it has a row) and the findings of the requirements it closes (the same UUIDs as in the
 * assessment results). No system security plan exists, so there is no {@code import-ssp}: the system is identified
 * by the job's name ({@code system-id}). An empty plan is one item saying so: OSCAL requires at least one.
 */
public final class PoamTree {
    /** Where the file lies in the bag. */
    public static final String PATH = "data/oscal/poam.json";

    /** The identifier type of {@code system-id}: the system is named by its auditpack job. */
    static final String JOB_NAME = "urn:auditpack:job-name";

    private PoamTree() {}

    public static Map<String, Object> of(PackContext context) {
        AuditResult result = context.result();
        JobDefinition job = result.job();
        OscalNames names = new OscalNames(job.name(), context.stamp().version());
        List<ScheduledItem> plan = context.report().tracking().remediation().isEmpty()
                ? result.remediation().stream()
                        .map(i -> new ScheduledItem(i, Optional.empty(), false))
                        .toList()
                : context.report().tracking().remediation();
        Map<String, Map<String, Object>> findings = new LinkedHashMap<>();
        List<Map<String, Object>> risks = new ArrayList<>();
        List<Map<String, Object>> items = new ArrayList<>();
        TreeSet<String> owners = new TreeSet<>();
        for (ScheduledItem scheduled : plan) {
            RemediationItem item = scheduled.item();
            String owner = owner(scheduled);
            if (!owner.isEmpty()) {
                owners.add(owner);
            }
            List<String> related = new ArrayList<>();
            for (String closes : item.closes()) {
                RequirementResult requirement = requirement(result, closes);
                if (requirement == null) {
                    continue;
                }
                String uuid = FindingNode.uuid(names, requirement);
                related.add(uuid);
                findings.computeIfAbsent(
                        uuid,
                        u -> FindingNode.of(
                                names, requirement, gaps(result, requirement), job.judgesOperation(), List.of()));
            }
            String risk = names.uuid("risk", item.id());
            risks.add(risk(names, risk, scheduled, owner, job.timeZone()));
            items.add(node(
                    "uuid",
                    names.uuid("poam-item", item.id()),
                    "title",
                    OscalText.line("Priority " + item.priority() + ": " + item.id()),
                    "description",
                    OscalText.markdown(item.action()),
                    "props",
                    props(
                            prop("priority", Integer.toString(item.priority())),
                            prop("control", item.control()),
                            prop("owner", owner),
                            prop("gap-count", Integer.toString(item.gapCount()))),
                    "related-findings",
                    related.stream().map(f -> node("finding-uuid", f)).toList(),
                    "related-risks",
                    List.of(node("risk-uuid", risk))));
        }
        if (items.isEmpty()) {
            items.add(node(
                    "uuid",
                    names.uuid("poam-item", "none"),
                    "title",
                    "No open remediation item",
                    "description",
                    OscalText.markdown("The audit as of " + result.asOf() + " found no gap, so the remediation plan"
                            + " is empty. OSCAL requires at least one POA&M item: this one records the empty plan."),
                    "props",
                    props(prop("empty-plan", "true"))));
        }
        Map<String, Object> document = node(
                "uuid",
                names.uuid("poam"),
                "metadata",
                OscalMetadata.of(
                        context,
                        names,
                        "Plan of action and milestones: " + job.system() + " (" + job.name() + ", "
                                + context.stamp().label() + ")",
                        owners),
                "system-id",
                node("identifier-type", JOB_NAME, "id", job.name()),
                "risks",
                risks,
                "findings",
                List.copyOf(findings.values()),
                "poam-items",
                items);
        return node("plan-of-action-and-milestones", document);
    }

    private static String owner(ScheduledItem scheduled) {
        String fromPlan = scheduled.date().map(RemediationDate::owner).orElse("");
        return OscalText.plain(fromPlan.isBlank() ? scheduled.item().owner() : fromPlan);
    }

    /** The requirement {@code SOC2 CC8.1} names, when the result holds it. */
    private static @Nullable RequirementResult requirement(AuditResult result, String closes) {
        int space = closes.indexOf(' ');
        String framework = space < 0 ? "" : closes.substring(0, space);
        String id = closes.substring(space + 1);
        return result.requirements().stream()
                .filter(r -> r.framework().label().equals(framework) && r.id().equals(id))
                .findFirst()
                .orElse(null);
    }

    private static List<Gap> gaps(AuditResult result, RequirementResult requirement) {
        return result.gaps().stream()
                .filter(g -> g.framework() == requirement.framework()
                        && g.requirement().equals(requirement.id()))
                .toList();
    }

    private static Map<String, Object> risk(
            OscalNames names, String uuid, ScheduledItem scheduled, String owner, ZoneId zone) {
        RemediationItem item = scheduled.item();
        Optional<RemediationDate> date = scheduled.date();
        String status = date.map(RemediationDate::status).orElse("open");
        String note = date.map(RemediationDate::note).orElse("");
        @Nullable LocalDate target = date.map(RemediationDate::targetDate).orElse(null);
        String deadline = target == null ? "" : OscalText.endOf(target, zone);
        List<Map<String, Object>> roles = owner.isEmpty()
                ? List.of()
                : List.of(node(
                        "role-id",
                        OscalMetadata.ACTION_OWNER,
                        "party-uuids",
                        List.of(OscalMetadata.ownerUuid(names, owner))));
        Map<String, Object> task = node(
                "uuid",
                names.uuid("task", item.id()),
                "type",
                target == null ? "action" : "milestone",
                "title",
                target == null ? "Remediate " + OscalText.line(item.id()) : "Target date " + target,
                "timing",
                target == null ? null : node("on-date", node("date", deadline)),
                "responsible-roles",
                roles);
        return node(
                "uuid",
                uuid,
                "title",
                OscalText.line(item.id() + ": " + item.gapCount() + (item.gapCount() == 1 ? " gap" : " gaps") + " ("
                        + item.gapTypes().stream()
                                .map(t -> t.word().replace('_', ' '))
                                .collect(Collectors.joining(", "))
                        + ")"),
                "description",
                OscalText.markdown("Closing it closes " + String.join(", ", item.closes()) + "."),
                "statement",
                OscalText.markdown(item.action()),
                "props",
                props(
                        prop("priority", Integer.toString(item.priority())),
                        prop("remediation-status", date.isPresent() ? status : ""),
                        scheduled.overdue() ? prop("overdue", "true") : null),
                "status",
                switch (status) {
                    case RemediationDate.CLOSED -> "closed";
                    case "in_progress" -> "remediating";
                    default -> "open";
                },
                "deadline",
                deadline,
                "remediations",
                List.of(node(
                        "uuid",
                        names.uuid("response", item.id()),
                        "lifecycle",
                        date.isEmpty()
                                ? "recommendation"
                                : RemediationDate.CLOSED.equals(status) ? "completed" : "planned",
                        "title",
                        "Remediation of " + OscalText.line(item.id()),
                        "description",
                        OscalText.markdown(item.action()),
                        "tasks",
                        List.of(task),
                        "remarks",
                        OscalText.markdown(note))));
    }
}
