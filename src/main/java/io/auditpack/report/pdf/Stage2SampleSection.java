package io.auditpack.report.pdf;

import com.lowagie.text.pdf.PdfPTable;
import io.auditpack.domain.PackageType;
import io.auditpack.report.PackContext;
import io.auditpack.verdict.Stage2Sample;
import java.util.List;

/**
 * The auditor's sample (iso27001-stage2 and soc2-type2): per implemented control in scope, its population (its
 * occurrences from populations.csv, else its operational records in the period), the sample size drawn, why, and the
 * sampled IDs, drawn reproducibly from a seed of job and version.
 */
final class Stage2SampleSection implements Section {
    /** Controls listed with their sample. */
    static final int CONTROLS_SHOWN = 100;

    @Override
    public void add(Blocks blocks, PackContext context) {
        List<Stage2Sample> samples = context.report().samples().controls();
        blocks.newPage();
        blocks.section(
                context.result().job().packageType() == PackageType.ISO27001_STAGE2
                        ? "Stage 2 auditor sample"
                        : "Type II auditor sample");
        if (samples.isEmpty()) {
            blocks.paragraph("No implemented control counts for a requirement in scope: nothing to sample.");
            return;
        }
        blocks.paragraph(("Sample sizes follow common audit practice. Controls with a fixed rhythm by frequency: "
                        + "annual 1; semiannual, quarterly and monthly 2; weekly 5; daily 25. Event-driven and "
                        + "continuous controls by population: 1-25 items all, 26-100 items 25, 101-250 items 40, "
                        + "more 60. The size shown is the size drawn. A control with a population in "
                        + "populations.csv is sampled from its occurrences, others from their records in the period. "
                        + "Seed %s: the same job and version always draw the same items.")
                .formatted(samples.get(0).seed()));
        PdfPTable table = blocks.table(
                List.of("Control", "Title", "Frequency", "Population", "Size", "Basis", "Sampled items"),
                1.1f,
                2.6f,
                1.1f,
                1.25f,
                0.7f,
                2f,
                3.4f);
        Shortlist<Stage2Sample> listed = Shortlist.of(samples, CONTROLS_SHOWN);
        for (Stage2Sample sample : listed.shown()) {
            blocks.cell(table, sample.control());
            blocks.cell(table, sample.title());
            blocks.cell(table, sample.frequency().word());
            blocks.cell(table, sample.population().size() + " " + sample.unit() + "s");
            blocks.number(table, sample.sampleSize());
            blocks.cell(table, sample.basis());
            blocks.cell(
                    table,
                    sample.population().isEmpty()
                            ? "no " + sample.unit() + "s in the period"
                            : String.join(", ", sample.sample()));
        }
        blocks.add(table);
        listed.tell(blocks, "controls sampled", "the workbook's Sample sheet");
    }
}
