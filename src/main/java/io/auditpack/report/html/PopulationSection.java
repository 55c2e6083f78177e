package io.auditpack.report.html;

import io.auditpack.domain.Population;
import io.auditpack.report.data.PopulationTable;
import io.auditpack.verdict.PopulationCheck;
import java.util.List;

/**
 * The populations of populations.csv (when given) with their completeness and accuracy facts and what the audit found
 * in them, as populations.csv in the pack has them.
 */
final class PopulationSection implements Section {
    private static final List<String> HEADERS = PopulationTable.TITLES;

    @Override
    public String id() {
        return "populations";
    }

    @Override
    public String heading() {
        return "Populations";
    }

    @Override
    public boolean shows(View view) {
        return !view.context().report().testing().populations().isEmpty();
    }

    @Override
    public void write(Page page, View view) {
        page.table(true, HEADERS);
        for (PopulationCheck check : view.context().report().testing().populations()) {
            Population population = check.population();
            page.open("tr").cell(population.id()).open("td");
            ControlLinks.write(page, view, population.controlId());
            page.close("td")
                    .cell(population.sourceSystem())
                    .cell(population.query())
                    .cell(population.extractedOn().toString())
                    .cell(population.extractFile())
                    .element("td", population.sha256(), "class", "sha")
                    .element("td", Integer.toString(population.count()), "class", "num")
                    .element("td", Integer.toString(check.inPeriod()), "class", "num")
                    .element("td", Integer.toString(check.covered()), "class", "num")
                    .element("td", Integer.toString(check.exceptions()), "class", "num")
                    .element("td", Integer.toString(check.pending()), "class", "num")
                    .close("tr")
                    .newline();
        }
        page.endTable();
    }
}
