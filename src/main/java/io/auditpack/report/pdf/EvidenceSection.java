package io.auditpack.report.pdf;

import com.lowagie.text.pdf.PdfPTable;
import io.auditpack.domain.EvidenceType;
import io.auditpack.domain.EvidenceUse;
import io.auditpack.domain.Words;
import io.auditpack.report.PackContext;

import java.util.List;

/** Evidence statistics: the catalog's items, how many count, fall in the period and are packed, per type. */
final class EvidenceSection implements Section {
    @Override
    public void add(Blocks blocks, PackContext context) {
        List<EvidenceUse> uses = context.result().evidence();
        blocks.section("Evidence statistics");
        blocks.paragraph(("%d evidence items in the catalog; %d count; %d fall inside the audit period; %d files "
                + "packed under data/evidence/.").formatted(uses.size(), uses.stream().filter(EvidenceUse::counted)
                .count(), uses.stream().filter(EvidenceUse::inPeriod).count(), packed(uses)));
        PdfPTable table = blocks.table(List.of("Type", "Kind", "Items", "Counted", "In period", "Packed files"),
                2f, 2f, 1f, 1f, 1f, 1f);
        for (EvidenceType type : EvidenceType.values()) {
            List<EvidenceUse> own = uses.stream().filter(u -> u.item().type() == type).toList();
            if (own.isEmpty()) {
                continue;
            }
            blocks.cell(table, Words.word(type));
            blocks.cell(table, type.isDocumentation() ? "documentation" : "operational record");
            blocks.number(table, own.size());
            blocks.number(table, own.stream().filter(EvidenceUse::counted).count());
            blocks.number(table, own.stream().filter(EvidenceUse::inPeriod).count());
            blocks.number(table, packed(own));
        }
        blocks.add(table);
    }

    private static int packed(List<EvidenceUse> uses) {
        return uses.stream().mapToInt(u -> u.packedUnder().size()).sum();
    }
}
