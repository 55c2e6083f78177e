package io.auditpack.audit;

import io.auditpack.catalog.Catalog;
import io.auditpack.domain.AuditResult;
import io.auditpack.domain.Control;
import io.auditpack.domain.ControlResult;
import io.auditpack.domain.Finding;
import io.auditpack.domain.InputSet;
import io.auditpack.domain.JobDefinition;
import io.auditpack.domain.RequirementResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The audit of contract section 4 as one pure function: controls, requirements, gaps, the remediation plan, the
 * findings (the readers' first, then the audit's) and the use of every evidence item. No I/O: file paths in the
 * input set are passed through untouched.
 */
public final class Auditor {
    private Auditor() {}

    public static AuditResult audit(JobDefinition job, LocalDate asOf, InputSet inputs, Catalog catalog) {
        AuditFrame frame = new AuditFrame(job, asOf);
        CountedEvidence counted = CountedEvidence.of(inputs.evidence(), asOf, inputs.evidenceFiles());
        Occurrences occurrences = Occurrences.ofPopulations(inputs::populations);
        List<ControlVerdict> verdicts = inputs.controls().stream()
                .map(c -> ControlRule.judge(c, frame, counted, occurrences))
                .toList();
        Map<String, Control> controls = CrosswalkPitfalls.byId(inputs.controls());
        Map<String, ControlResult> results = new LinkedHashMap<>();
        verdicts.forEach(v -> results.putIfAbsent(v.id(), v.result()));

        RequirementScope scope = RequirementScope.of(frame, catalog, inputs.applicability());
        List<ResolvedMapping> mappings = ResolvedMapping.resolveAll(inputs.mappings(), catalog);
        List<RequirementResult> requirements = scope.requirements().stream()
                .map(s -> RequirementRule.judge(s, mappings, controls, results, inputs.scope()))
                .toList();
        RemediationPlan plan = RemediationPlanner.plan(GapRule.find(requirements, results));

        List<Finding> findings = new ArrayList<>(inputs.findings());
        findings.addAll(EvidenceFindings.find(frame, inputs.evidence(), verdicts));
        findings.addAll(ScopeRule.find(frame, inputs.controls(), inputs.scope()));
        findings.addAll(DescriptionRule.find(job.packageType(), inputs.scope()));
        findings.addAll(CrosswalkPitfalls.find(frame, inputs, scope, counted, catalog));
        findings.addAll(ResponseRule.find(frame, inputs.responses(), inputs.populations(), verdicts, counted));

        return new AuditResult(
                job,
                asOf,
                requirements,
                verdicts.stream().map(ControlVerdict::result).toList(),
                plan.gaps(),
                plan.items(),
                findings,
                PackingRule.use(frame, inputs, scope, mappings));
    }
}
