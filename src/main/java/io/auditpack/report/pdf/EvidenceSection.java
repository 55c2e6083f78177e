package io.auditpack.report.pdf;

import com.lowagie.text.pdf.PdfPTable;
import io.auditpack.domain.EvidenceTally;
import io.auditpack.domain.Words;
import io.auditpack.report.PackContext;
import java.util.List;

/** Evidence statistics: the catalog's items, how many count, fall in the period and are packed, per type. */
final class EvidenceSection implements Section {
    @Override
    public void add(Blocks blocks, PackContext context) {
        EvidenceTally all = context.result().evidenceTally();
        blocks.section("Evidence statistics");
        blocks.paragraph(("%d evidence items in the catalog; %d count; %d fall inside the audit period; %d files "
                        + "packed under data/evidence/.")
                .formatted(all.items(), all.counted(), all.inPeriod(), all.packedFiles()));
        PdfPTable table = blocks.table(
                List.of("Type", "Kind", "Items", "Counted", "In period", "Packed files"), 2f, 2f, 1f, 1f, 1f, 1f);
        context.result().evidenceTallyByType().forEach((type, own) -> {
            blocks.cell(table, Words.word(type));
            blocks.cell(table, type.isDocumentation() ? "documentation" : "operational record");
            blocks.number(table, own.items());
            blocks.number(table, own.counted());
            blocks.number(table, own.inPeriod());
            blocks.number(table, own.packedFiles());
        });
        blocks.add(table);
    }
}
