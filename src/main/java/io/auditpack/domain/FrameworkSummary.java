package io.auditpack.domain;

import java.util.List;

/**
 * Headline figures of one framework, derived from its requirement results: design counts over the in-scope
 * requirements and, for packages that judge operation, operating counts over the requirements that have controls.
 */
public record FrameworkSummary(
        Framework framework,
        int requirementsInScope,
        int covered,
        int partial,
        int missingControl,
        int notApplicable,
        int effective,
        int inconsistent,
        int noRecords,
        int notYetDue) {

    public static FrameworkSummary of(Framework framework, List<RequirementResult> requirements) {
        List<RequirementResult> own =
                requirements.stream().filter(r -> r.framework() == framework).toList();
        return new FrameworkSummary(
                framework,
                (int) own.stream().filter(RequirementResult::inScope).count(),
                count(own, DesignStatus.COVERED),
                count(own, DesignStatus.PARTIAL),
                count(own, DesignStatus.MISSING_CONTROL),
                count(own, DesignStatus.NOT_APPLICABLE),
                count(own, OperatingStatus.EFFECTIVE),
                count(own, OperatingStatus.INCONSISTENT),
                count(own, OperatingStatus.NO_RECORDS),
                count(own, OperatingStatus.NOT_YET_DUE));
    }

    /** Share of in-scope requirements whose design is covered or partial, in percent (0 when none in scope). */
    public double designCoveragePercent() {
        return requirementsInScope == 0 ? 0 : 100.0 * (covered + partial) / requirementsInScope;
    }

    private static int count(List<RequirementResult> results, DesignStatus design) {
        return (int) results.stream().filter(r -> r.design() == design).count();
    }

    private static int count(List<RequirementResult> results, OperatingStatus operating) {
        return (int) results.stream()
                .filter(r -> r.inScope() && r.operating() == operating)
                .count();
    }
}
