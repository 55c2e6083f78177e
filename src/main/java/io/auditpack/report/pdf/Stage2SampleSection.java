package io.auditpack.report.pdf;

import com.lowagie.text.pdf.PdfPTable;
import io.auditpack.report.PackContext;
import io.auditpack.verdict.Stage2Sample;
import java.util.List;

/**
 * ISO 27001 Stage 2 auditor sampling: per implemented control in scope, its population of operational records in
 * the period, the sample size its frequency calls for and the sampled record IDs, drawn reproducibly from a seed of
 * job and version.
 */
final class Stage2SampleSection implements Section {
    /** Controls listed with their sample. */
    static final int CONTROLS_SHOWN = 100;

    @Override
    public void add(Blocks blocks, PackContext context) {
        List<Stage2Sample> samples = context.report().samples().controls();
        blocks.newPage();
        blocks.section("Stage 2 auditor sample");
        if (samples.isEmpty()) {
            blocks.paragraph("No implemented control counts for a requirement in scope: nothing to sample.");
            return;
        }
        blocks.paragraph(("Sample sizes follow common audit practice by frequency: annual 1; semiannual, quarterly "
                        + "and monthly 2; weekly 5; daily and continuous (several times a day) 25; event-driven controls by "
                        + "their population (1: 1, up to 12: 2, up to 52: 5, more: 25). A smaller population is tested "
                        + "whole. Seed %s: the same job and version always draw the same records.")
                .formatted(samples.get(0).seed()));
        PdfPTable table = blocks.table(
                List.of("Control", "Title", "Frequency", "Population", "Size", "Sampled records"),
                1.1f,
                3f,
                1.1f,
                1.25f,
                0.7f,
                3.8f);
        Shortlist<Stage2Sample> listed = Shortlist.of(samples, CONTROLS_SHOWN);
        for (Stage2Sample sample : listed.shown()) {
            blocks.cell(table, sample.control());
            blocks.cell(table, sample.title());
            blocks.cell(table, sample.frequency().word());
            blocks.number(table, sample.population().size());
            blocks.number(table, sample.sampleSize());
            blocks.cell(
                    table,
                    sample.population().isEmpty()
                            ? "no records in the period"
                            : String.join(", ", sample.sample())
                                    + (sample.wholePopulation() ? " (whole population)" : ""));
        }
        blocks.add(table);
        listed.tell(blocks, "controls sampled", "the workbook's Sample sheet");
    }
}
