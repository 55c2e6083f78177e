package io.auditpack.report.pdf;

import com.lowagie.text.pdf.PdfPTable;
import io.auditpack.domain.AuditorRequest;
import io.auditpack.report.PackContext;
import io.auditpack.verdict.Fulfilment;
import io.auditpack.verdict.RequestAnswer;
import io.auditpack.verdict.Tracking;
import java.util.List;

/**
 * The auditor's request list (only when the input has one): the requests per computed fulfilment, then the overdue
 * requests (the first {@value #OVERDUE_SHOWN}, earliest due first) with the controls still missing; the workbook's
 * Requests sheet and data/requests.csv hold every request and its evidence.
 */
final class RequestsSection implements Section {
    static final int OVERDUE_SHOWN = 20;

    @Override
    public void add(Blocks blocks, PackContext context) {
        Tracking tracking = context.report().tracking();
        if (tracking.requests().isEmpty()) {
            return;
        }
        blocks.section("Auditor requests");
        blocks.paragraph(("%d requests on the auditor's list, answered from the evidence this pack holds as of %s: "
                        + "fulfilled when every control a request targets has evidence in the pack, partial when some "
                        + "have, open when none have, overdue when not fulfilled and due before the as-of date.")
                .formatted(tracking.requests().size(), context.result().asOf()));
        PdfPTable counts = blocks.table(List.of("Fulfilment", "Requests"), 3f, 1f);
        for (Fulfilment fulfilment : Fulfilment.values()) {
            blocks.status(counts, fulfilment.word());
            blocks.number(counts, tracking.count(fulfilment));
        }
        blocks.add(counts);
        List<RequestAnswer> overdue = tracking.requests().stream()
                .filter(r -> r.fulfilment() == Fulfilment.OVERDUE)
                .sorted(java.util.Comparator.comparing(
                                (RequestAnswer r) -> r.request().dueOn())
                        .thenComparing(r -> r.request().id()))
                .toList();
        if (overdue.isEmpty()) {
            blocks.paragraph("No request is overdue.");
            return;
        }
        blocks.subsection("Overdue requests");
        PdfPTable table = blocks.table(
                List.of("Request", "Description", "Due on", "Auditor status", "Controls missing"),
                1.3f,
                4f,
                1.4f,
                1.4f,
                3f);
        for (RequestAnswer answer : overdue.stream().limit(OVERDUE_SHOWN).toList()) {
            AuditorRequest request = answer.request();
            blocks.cell(table, request.id());
            blocks.cell(table, request.description());
            blocks.cell(table, String.valueOf(request.dueOn()));
            blocks.cell(table, request.status());
            List<String> missing = answer.controls().stream()
                    .filter(c -> !answer.answered().contains(c))
                    .toList();
            blocks.cell(table, missing.isEmpty() ? "(no control targeted)" : String.join(", ", missing));
        }
        blocks.add(table);
        if (overdue.size() > OVERDUE_SHOWN) {
            blocks.paragraph("And %d more overdue requests: see the workbook's Requests sheet."
                    .formatted(overdue.size() - OVERDUE_SHOWN));
        }
    }
}
