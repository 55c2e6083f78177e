package io.auditpack.report.pdf;

import io.auditpack.domain.PackageType;

import java.util.List;

/**
 * Which sections a package type's summary holds, in order. Every summary starts with the cover, the executive
 * summary and the scope and ends with findings, evidence statistics and the control appendix; what lies between
 * is what that audit needs (docs/pdf-summary.md).
 */
final class SectionPlan {
    private SectionPlan() {
    }

    static List<Section> of(PackageType type) {
        return List.of(new CoverSection(), new ExecutiveSection(), new ScopeSection(), new FrameworkSection(),
                new ExceptionsSection(), new RemediationSection(), new FindingsSection(), new EvidenceSection(),
                new AppendixSection());
    }
}
