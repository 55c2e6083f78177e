package io.auditpack.report.html;

import io.auditpack.verdict.Samples;
import io.auditpack.verdict.Stage2Sample;
import java.util.List;

/**
 * The auditor's samples (packages audited by sampling): the seed, then per control its population size, the sample
 * size drawn and why, and the sampled items, each a link to its evidence file's row when the bag holds a file of it.
 */
final class SampleSection implements Section {
    private static final List<String> HEADERS =
            List.of("Control", "Title", "Frequency", "Population", "Unit", "Sample size", "Basis", "Sampled");

    @Override
    public String id() {
        return "samples";
    }

    @Override
    public String heading() {
        return "Samples";
    }

    @Override
    public boolean shows(View view) {
        return view.context().report().samples().drawn();
    }

    @Override
    public void write(Page page, View view) {
        Samples samples = view.context().report().samples();
        page.open("p", "class", "note")
                .text("Drawn with the seed ")
                .element("code", samples.seed())
                .text("; the test sheet below says what was found for each sampled item.")
                .close("p");
        page.table(true, HEADERS);
        for (Stage2Sample sample : samples.controls()) {
            page.open("tr").open("td");
            ControlLinks.write(page, view, sample.control());
            page.close("td")
                    .cell(sample.title())
                    .cell(sample.frequency().word())
                    .element("td", Integer.toString(sample.population().size()), "class", "num")
                    .cell(sample.unit())
                    .element("td", Integer.toString(sample.sampleSize()), "class", "num")
                    .cell(sample.basis())
                    .open("td", "class", "refs");
            for (String id : sample.sample()) {
                if (view.hasFile(sample.control(), id)) {
                    page.link("#" + Anchors.evidence(sample.control(), id), id, "class", "ev");
                } else {
                    page.element("span", id);
                }
                page.text(" ");
            }
            page.close("td").close("tr").newline();
        }
        page.endTable();
    }
}
