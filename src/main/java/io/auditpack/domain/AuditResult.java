package io.auditpack.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything one run concluded: per requirement, per control, the gaps, the remediation plan (priority order),
 * the findings (input order, then rule order) and how each evidence item was used.
 */
public record AuditResult(
        JobDefinition job,
        LocalDate asOf,
        List<RequirementResult> requirements,
        List<ControlResult> controls,
        List<Gap> gaps,
        List<RemediationItem> remediation,
        List<Finding> findings,
        EvidenceUses evidence) {

    public AuditResult {
        Objects.requireNonNull(job, "job must not be null");
        Objects.requireNonNull(asOf, "asOf must not be null");
        requirements = List.copyOf(requirements);
        controls = List.copyOf(controls);
        gaps = List.copyOf(gaps);
        remediation = List.copyOf(remediation);
        findings = List.copyOf(findings);
        Objects.requireNonNull(evidence, "evidence must not be null");
    }

    /** The evidence counts, from the uses' flags (no item is decoded). */
    public EvidenceTally evidenceTally() {
        return evidence.tally();
    }

    /** The uses of the items packed under at least one control folder, in input order (only those are decoded). */
    public List<EvidenceUse> packedEvidence() {
        return evidence.packed();
    }

    /** The evidence counts per type, in the types' order, for the types that have items. */
    public Map<EvidenceType, EvidenceTally> evidenceTallyByType() {
        return evidence.tallyByType();
    }

    /** The in-scope requirements of one framework. */
    public List<RequirementResult> requirements(Framework framework) {
        return requirements.stream().filter(r -> r.framework() == framework).toList();
    }
}
