package io.auditpack.report.pdf;

import com.lowagie.text.pdf.PdfPTable;
import io.auditpack.report.PackContext;
import io.auditpack.verdict.Implementation;
import io.auditpack.verdict.SoaRow;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The Statement of Applicability in summary: the 93 Annex A controls counted per theme and implementation status,
 * then every excluded control with its justification and the included controls without a justification for
 * inclusion. The workbook's SoA sheet holds every row.
 */
final class SoaSection implements Section {
    @Override
    public void add(Blocks blocks, PackContext context) {
        List<SoaRow> rows = context.report().soa();
        blocks.section("Statement of Applicability");
        long applicable = rows.stream().filter(SoaRow::applicable).count();
        blocks.paragraph(("%d Annex A controls: %d applicable, %d excluded. Every row, with its implementing "
                        + "controls, is in the workbook's SoA sheet.")
                .formatted(rows.size(), applicable, rows.size() - applicable));
        List<String> header = new ArrayList<>(List.of("Theme"));
        for (Implementation implementation : Implementation.values()) {
            header.add(implementation.word().replace('_', ' '));
        }
        header.add("total");
        PdfPTable table = blocks.table(header, 2f, 1.2f, 1.4f, 1f, 1.3f, 1f, 0.9f);
        Set<String> themes = new LinkedHashSet<>();
        rows.forEach(r -> themes.add(r.theme()));
        for (String theme : themes) {
            List<SoaRow> own =
                    rows.stream().filter(r -> r.theme().equals(theme)).toList();
            blocks.cell(table, theme);
            for (Implementation implementation : Implementation.values()) {
                blocks.number(
                        table,
                        own.stream()
                                .filter(r -> r.implementation() == implementation)
                                .count());
            }
            blocks.number(table, own.size());
        }
        blocks.add(table);
        List<SoaRow> excluded = rows.stream().filter(r -> !r.applicable()).toList();
        if (!excluded.isEmpty()) {
            blocks.subsection("Excluded controls and their justification");
            for (SoaRow row : excluded) {
                blocks.bullet(row.id() + " " + row.title() + ": " + row.justification());
            }
        }
        List<SoaRow> unjustified = rows.stream().filter(SoaRow::unjustified).toList();
        blocks.subsection("Included controls without a justification for inclusion");
        blocks.paragraph(
                unjustified.isEmpty()
                        ? "None: applicability.csv justifies the inclusion of every applicable control."
                        : unjustified.size() + " of " + applicable + " applicable controls have no justification for "
                                + "inclusion in applicability.csv (clause 6.1.3 d asks for one; flagged in the SoA sheet):");
        for (SoaRow row : unjustified) {
            blocks.bullet(row.id() + " " + row.title());
        }
    }
}
