package io.auditpack.report.pdf;

import io.auditpack.domain.PackageType;
import java.util.ArrayList;
import java.util.List;

/**
 * Which sections a package type's summary holds, in order. Every summary starts with the cover, the executive
 * summary and the scope and ends with exceptions, remediation, findings, evidence statistics and the control
 * appendix; what lies between is what that audit needs (docs/pdf-summary.md).
 */
final class SectionPlan {
    private SectionPlan() {}

    static List<Section> of(PackageType type) {
        List<Section> sections = new ArrayList<>(
                List.of(new CoverSection(), new ContentsSection(), new ExecutiveSection(), new ChangesSection()));
        switch (type) {
            case ISO27001_STAGE1 -> sections.addAll(List.of(new Stage1Section(), new SoaSection()));
            case ISO27001_STAGE2 ->
                sections.addAll(List.of(new Stage2SampleSection(), new TestingSection(), new SoaSection()));
            case SOC2_TYPE1 -> sections.addAll(List.of(new AssertionSection(), new DescriptionSection()));
            case SOC2_TYPE2 ->
                sections.addAll(List.of(
                        new AssertionSection(),
                        new DescriptionSection(),
                        new Stage2SampleSection(),
                        new TestingSection()));
            case MANAGEMENT_REVIEW -> sections.add(new ManagementReviewSection());
            default -> {}
        }
        sections.addAll(List.of(
                new ScopeSection(),
                new FrameworkSection(),
                new ExceptionsSection(),
                new RemediationSection(),
                new RequestsSection(),
                new FindingsSection(),
                new EvidenceSection(),
                new AppendixSection()));
        return List.copyOf(sections);
    }
}
