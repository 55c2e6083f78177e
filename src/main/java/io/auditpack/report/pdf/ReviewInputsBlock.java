package io.auditpack.report.pdf;

import com.lowagie.text.pdf.PdfPTable;
import io.auditpack.verdict.GapActions;
import io.auditpack.verdict.ManagementReview;
import io.auditpack.verdict.Nonconformity;
import io.auditpack.verdict.SoaRow;
import java.util.List;

/**
 * The inputs ISO/IEC 27001:2022 clause 9.3.2 asks a management review to consider, a) to g), each with what this
 * pack shows of it from the data or "to be provided by management"; and room for the outputs of clause 9.3.3 (the
 * decisions on continual improvement and changes to the ISMS), a table of blank rows to fill in at the meeting.
 */
final class ReviewInputsBlock {
    static final String TO_BE_PROVIDED = "to be provided by management";
    static final int BLANK_ROWS = 8;

    private ReviewInputsBlock() {}

    static void inputs(Blocks blocks, ManagementReview review, List<SoaRow> soa, int remediationItems) {
        blocks.subsection("Review inputs (clause 9.3.2)");
        blocks.paragraph("The inputs the standard asks management to consider, with what this pack shows of each; "
                + "the others are " + TO_BE_PROVIDED + " at the review.");
        PdfPTable table = blocks.table(List.of("9.3.2 input", "Shown in this pack", "Source"), 2.6f, 4.6f, 1.4f);
        int opened = sum(review, GapActions::opened);
        int closed = sum(review, GapActions::closed);
        int open = sum(review, GapActions::stillOpen);
        row(
                blocks,
                table,
                "a) Status of actions from previous management reviews",
                "Gaps opened " + opened + ", closed " + closed + ", still open " + open + " across "
                        + review.actions().size() + " jobs since "
                        + review.lastReview()
                                .map(last -> "the last review (" + last.label() + ")")
                                .orElse("the first review")
                        + "; actions decided at the last review: " + TO_BE_PROVIDED + ".",
                "shown below; sheet Review Actions");
        row(
                blocks,
                table,
                "b) Changes in external and internal issues relevant to the ISMS",
                TO_BE_PROVIDED + " (context register, clause 4.1).",
                TO_BE_PROVIDED);
        row(
                blocks,
                table,
                "c) Changes in needs and expectations of interested parties",
                TO_BE_PROVIDED + " (interested-party register, clause 4.2).",
                TO_BE_PROVIDED);
        long major = review.nonconformities().stream()
                .filter(n -> n.grade().equals("major"))
                .count();
        row(
                blocks,
                table,
                "d) Feedback on information security performance: 1) nonconformities and corrective actions",
                review.nonconformities().size() + " nonconformities (" + major + " major, "
                        + review.nonconformities().stream()
                                .filter(Nonconformity::sinceLastReview)
                                .count()
                        + " new); " + remediationItems + " remediation items in the plan.",
                "shown below; sheets Review Nonconformities, Gaps");
        row(
                blocks,
                table,
                "d) 2) monitoring and measurement results",
                review.coverage().size() + " coverage points (design and operating coverage per job, version and "
                        + "framework) and " + review.findings().size() + " finding codes with their trend.",
                "shown below; sheets Review Coverage, Review Findings");
        row(
                blocks,
                table,
                "d) 3) audit results",
                "Readiness packs of " + (review.jobs().isEmpty() ? "no job yet" : String.join(", ", review.jobs()))
                        + "; results of internal audits (9.2) and external audits: " + TO_BE_PROVIDED + ".",
                "partly shown");
        row(
                blocks,
                table,
                "d) 4) fulfilment of information security objectives",
                TO_BE_PROVIDED + " (objectives and their measures, clause 6.2).",
                TO_BE_PROVIDED);
        row(
                blocks,
                table,
                "e) Feedback from interested parties",
                TO_BE_PROVIDED + " (customer, regulator and staff feedback, complaints).",
                TO_BE_PROVIDED);
        long applicable = soa.stream().filter(SoaRow::applicable).count();
        row(
                blocks,
                table,
                "f) Results of risk assessment and status of risk treatment plan",
                (soa.isEmpty()
                                ? ""
                                : "Statement of Applicability: " + applicable + " of " + soa.size()
                                        + " Annex A controls applicable, "
                                        + soa.stream()
                                                .filter(r -> r.implementation()
                                                        .word()
                                                        .equals("implemented"))
                                                .count()
                                        + " implemented. ")
                        + "Risk assessment results and the risk treatment plan: " + TO_BE_PROVIDED + ".",
                "partly shown");
        row(
                blocks,
                table,
                "g) Opportunities for continual improvement",
                "The first " + review.opportunities().size() + " items of the remediation plan, by priority.",
                "section Remediation; sheet Review Opportunities");
        blocks.add(table);
    }

    static void outputs(Blocks blocks) {
        blocks.subsection("Review outputs and decisions (clause 9.3.3)");
        blocks.paragraph("To be completed at the review: decisions related to continual improvement opportunities "
                + "and any needs for changes to the ISMS, each with an owner and a due date. The completed record "
                + "is the documented information clause 9.3.3 asks to retain.");
        PdfPTable table = blocks.table(
                List.of(
                        "#",
                        "Decision or action (improvement, change to the ISMS, resources)",
                        "Input",
                        "Owner",
                        "Due"),
                0.4f,
                5f,
                0.9f,
                1.6f,
                1.1f);
        for (int i = 1; i <= BLANK_ROWS; i++) {
            blocks.number(table, i);
            for (int column = 0; column < 4; column++) {
                blocks.cell(table, " ");
            }
        }
        blocks.add(table);
        blocks.paragraph("Review held on: ____________    Attendees: ______________________________    "
                + "Approved by (top management): ______________________");
    }

    private static void row(Blocks blocks, PdfPTable table, String input, String shown, String source) {
        blocks.cell(table, input);
        blocks.cell(table, shown);
        blocks.cell(table, source);
    }

    private static int sum(ManagementReview review, java.util.function.Function<GapActions, List<?>> part) {
        return review.actions().stream().mapToInt(a -> part.apply(a).size()).sum();
    }
}
