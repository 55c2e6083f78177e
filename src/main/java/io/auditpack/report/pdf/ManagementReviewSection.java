package io.auditpack.report.pdf;

import io.auditpack.report.PackContext;
import io.auditpack.verdict.ManagementReview;

/**
 * The inputs of an ISO/IEC 27001 clause 9.3 management review, built once from the run history of every job
 * ({@link ManagementReview}): status of actions since the last review, coverage over time, nonconformities and
 * findings, evidence falling due, the owners' scorecard; it opens with the clause 9.3.2 inputs a) to g) and what
 * the pack shows of each, and closes with a blank table for the 9.3.3 outputs and decisions. The opportunities for
 * improvement follow as the remediation section.
 */
final class ManagementReviewSection implements Section {
    @Override
    public void add(Blocks blocks, PackContext context) {
        ManagementReview review = context.report().review().orElseThrow();
        blocks.newPage();
        blocks.section("Management review inputs (ISO/IEC 27001:2022 clause 9.3)");
        blocks.paragraph(review.lastReview()
                        .map(last -> "Since the last review, %s as of %s. ".formatted(last.label(), last.asOf()))
                        .orElse("First management review of this job: every open gap counts as " + "opened. ")
                + "Jobs seen: " + (review.jobs().isEmpty() ? "none published yet" : String.join(", ", review.jobs()))
                + ".");
        ReviewInputsBlock.inputs(
                blocks,
                review,
                context.report().soa(),
                context.result().remediation().size());
        ReviewActionsBlock.add(blocks, review);
        CoverageTrendBlock.add(blocks, review);
        NonconformityBlock.add(blocks, review);
        EvidenceDueBlock.add(blocks, review);
        ScorecardBlock.add(blocks, review);
        ReviewInputsBlock.outputs(blocks);
    }
}
