package io.auditpack.report.data;

import io.auditpack.domain.AuditResult;
import io.auditpack.domain.ControlResult;
import io.auditpack.domain.DesignStatus;
import io.auditpack.domain.EvidencePath;
import io.auditpack.domain.EvidenceTally;
import io.auditpack.domain.EvidenceUse;
import io.auditpack.domain.Finding;
import io.auditpack.domain.Framework;
import io.auditpack.domain.FrameworkSummary;
import io.auditpack.domain.Gap;
import io.auditpack.domain.GapType;
import io.auditpack.domain.JobDefinition;
import io.auditpack.domain.RemediationItem;
import io.auditpack.domain.RequirementResult;
import io.auditpack.domain.Severity;
import io.auditpack.domain.Slice;
import io.auditpack.domain.Soc2Category;
import io.auditpack.domain.Words;
import io.auditpack.report.PackContext;
import io.auditpack.verdict.Deadlines;
import io.auditpack.verdict.Headline;
import io.auditpack.verdict.SliceDeadline;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The content of metrics.json as an ordered tree: keys in the documented order, snake_case, the contract's words,
 * dates as ISO strings, empty owners and controls as null.
 */
public final class MetricsTree {
    private MetricsTree() {}

    public static Map<String, Object> of(PackContext context) {
        AuditResult result = context.result();
        JobDefinition job = result.job();
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("job", job.name());
        root.put("package", job.packageType().word());
        root.put("version", context.stamp().version());
        root.put("as_of", result.asOf().toString());
        root.put(
                "period",
                job.period() == null
                        ? null
                        : ordered(
                                "start",
                                job.period().start().toString(),
                                "end",
                                job.period().end().toString()));
        root.put("collection_lag_days", job.judgesOperation() ? job.collectionLag() : null);
        root.put("organization", job.organization());
        root.put("system", job.system());
        root.put("previous_sha256", nullIfEmpty(context.stamp().previousSha256()));
        root.put(
                "soc2_categories",
                Arrays.stream(Soc2Category.values())
                        .filter(job.soc2Categories()::contains)
                        .map(Words::word)
                        .toList());
        root.put("frameworks", frameworks(result, context.report().headlines()));
        root.put(
                "requirements",
                result.requirements().stream().map(MetricsTree::requirement).toList());
        root.put(
                "controls", result.controls().stream().map(MetricsTree::control).toList());
        root.put("gaps", result.gaps().stream().map(MetricsTree::gap).toList());
        root.put(
                "remediation",
                result.remediation().stream().map(MetricsTree::remediation).toList());
        root.put("findings", findings(result.findings()));
        root.put("evidence", evidence(result));
        root.put("due", job.judgesOperation() ? due(context.report().deadlines()) : null);
        return root;
    }

    /**
     * What is owed at as-of: the counts of overdue slices, of those due within the window and of every upcoming
     * one, and the due-soon slices themselves (overdue first, then by deadline), as the "Due soon" sheet lists them.
     */
    private static Map<String, Object> due(Deadlines deadlines) {
        Map<String, Object> node = new LinkedHashMap<>();
        List<SliceDeadline> soon = deadlines.dueSoon();
        node.put("window_days", deadlines.window());
        node.put("overdue", deadlines.overdue().size());
        node.put("due_within_window", soon.size() - deadlines.overdue().size());
        node.put("upcoming", deadlines.upcoming().size());
        node.put("slices", soon.stream().map(MetricsTree::deadline).toList());
        return node;
    }

    private static Map<String, Object> deadline(SliceDeadline deadline) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("control", deadline.control());
        node.put("owner", nullIfEmpty(deadline.owner()));
        node.put("frequency", deadline.frequency().word());
        node.put("slice", deadline.slice().label());
        node.put("slice_start", deadline.slice().start().toString());
        node.put("slice_end", deadline.slice().end().toString());
        node.put("deadline", deadline.deadline().toString());
        node.put("days_left", deadline.daysLeft());
        node.put("overdue", deadline.overdue());
        return node;
    }

    private static Map<String, Object> frameworks(AuditResult result, List<Headline> headlines) {
        boolean judges = result.job().judgesOperation();
        Map<String, Object> frameworks = new LinkedHashMap<>();
        Map<String, Object> categories = null;
        for (Headline line : headlines) {
            Map<String, Object> counts = counts(line, judges);
            if (line.category() == null) {
                frameworks.put(line.framework().label(), counts);
                if (line.framework() == Framework.SOC2) {
                    categories = new LinkedHashMap<>();
                    counts.put("categories", categories);
                }
            } else {
                Objects.requireNonNull(categories, "a SOC 2 category follows its framework")
                        .put(Words.word(line.category()), counts);
            }
        }
        return frameworks;
    }

    private static Map<String, Object> counts(Headline line, boolean judgesOperation) {
        FrameworkSummary summary = line.summary();
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("requirements_in_scope", summary.requirementsInScope());
        counts.put("covered", summary.covered());
        counts.put("partial", summary.partial());
        counts.put("missing_control", summary.missingControl());
        counts.put("not_applicable", summary.notApplicable());
        if (judgesOperation) {
            counts.put("effective", summary.effective());
            counts.put("inconsistent", summary.inconsistent());
            counts.put("no_records", summary.noRecords());
            counts.put("not_yet_due", summary.notYetDue());
        }
        counts.put("design_coverage_percent", line.designCoveragePercent());
        return counts;
    }

    private static Map<String, Object> requirement(RequirementResult requirement) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("framework", requirement.framework().label());
        node.put("id", requirement.id());
        node.put("title", requirement.title());
        node.put("design", requirement.design().word());
        node.put("operating", requirement.operating().word());
        node.put("controls", requirement.controls());
        if (requirement.design() == DesignStatus.NOT_APPLICABLE) {
            node.put("justification", requirement.justification());
        }
        return node;
    }

    private static Map<String, Object> control(ControlResult control) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("id", control.id());
        node.put("title", control.control().title());
        node.put("owner", nullIfEmpty(control.control().owner()));
        node.put("frequency", control.control().frequency().word());
        node.put("status", control.status().word());
        node.put("due", control.due());
        node.put("covered", control.covered());
        node.put("pending", control.pending());
        node.put(
                "missing_slices",
                control.missingSlices().stream().map(Slice::label).toList());
        node.put("documentation", control.documentation().word());
        return node;
    }

    private static Map<String, Object> gap(Gap gap) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("type", gap.type().word());
        node.put("framework", gap.framework().label());
        node.put("requirement", gap.requirement());
        node.put("control", nullIfEmpty(gap.control()));
        node.put("owner", nullIfEmpty(gap.owner()));
        node.put("priority", gap.priority());
        return node;
    }

    private static Map<String, Object> remediation(RemediationItem item) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("priority", item.priority());
        node.put("id", item.id());
        node.put("control", nullIfEmpty(item.control()));
        node.put("owner", nullIfEmpty(item.owner()));
        node.put(
                "frameworks",
                Arrays.stream(Framework.values())
                        .filter(item.frameworks()::contains)
                        .map(Framework::label)
                        .toList());
        node.put("gap_types", item.gapTypes().stream().map(GapType::word).toList());
        node.put("closes", item.closes());
        node.put("action", item.action());
        return node;
    }

    private static Map<String, Object> findings(List<Finding> findings) {
        Map<String, Object> bySeverity = new LinkedHashMap<>();
        for (Severity severity : Severity.values()) {
            bySeverity.put(Words.word(severity), (int)
                    findings.stream().filter(f -> f.severity() == severity).count());
        }
        Map<String, Object> byCode = new TreeMap<>();
        for (Finding finding : findings) {
            byCode.merge(finding.code(), 1, (a, b) -> (Integer) a + (Integer) b);
        }
        return ordered("total", findings.size(), "by_severity", bySeverity, "by_code", byCode);
    }

    private static Map<String, Object> evidence(AuditResult result) {
        EvidenceTally tally = result.evidenceTally();
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("items", tally.items());
        node.put("counted", tally.counted());
        node.put("packed_files", tally.packedFiles());
        node.put("in_period", tally.inPeriod());
        node.put("files", files(result.packedEvidence()));
        return node;
    }

    /** Each packed evidence file: its evidence ID, the control folder it sits under and its path, sorted by path. */
    private static List<Map<String, Object>> files(List<EvidenceUse> uses) {
        Map<String, Map<String, Object>> byPath = new TreeMap<>();
        for (EvidenceUse use : uses) {
            for (String control : use.packedUnder()) {
                String path = "data/" + EvidencePath.of(control, use.item());
                byPath.put(path, ordered("id", use.item().id(), "control", control, "path", path));
            }
        }
        return List.copyOf(byPath.values());
    }

    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> node = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            node.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return node;
    }

    private static @Nullable String nullIfEmpty(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
