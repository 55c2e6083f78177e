package io.auditpack.report.html;

import io.auditpack.domain.Control;
import io.auditpack.domain.ControlResult;
import io.auditpack.domain.RequirementResult;
import java.util.ArrayList;
import java.util.List;

/**
 * Every control of the library, in the verdict's order: owner, frequency, status in colour (with its due, covered and
 * pending slices in period packages), documentation, links back to the requirements it is mapped to and on to the
 * rows of its evidence files.
 */
final class ControlSection implements Section {
    @Override
    public String id() {
        return "controls";
    }

    @Override
    public String heading() {
        return "Controls";
    }

    @Override
    public void write(Page page, View view) {
        boolean judges = view.judgesOperation();
        List<String> headers = new ArrayList<>(List.of("Control", "Title", "Owner", "Frequency", "Status"));
        if (judges) {
            headers.addAll(List.of("Due", "Covered", "Pending"));
        }
        headers.addAll(List.of("Documentation", "Requirements", "Evidence files"));
        page.table(true, headers);
        for (ControlResult result : view.context().result().controls()) {
            Control control = result.control();
            page.open("tr", "id", Anchors.control(control.id()))
                    .element("td", control.id(), "class", "cid")
                    .cell(control.title())
                    .cell(control.owner())
                    .cell(control.frequency().word())
                    .status(result.status().word());
            if (judges) {
                page.element("td", Integer.toString(result.due()), "class", "num")
                        .element("td", Integer.toString(result.covered()), "class", "num")
                        .element("td", Integer.toString(result.pending()), "class", "num");
            }
            page.status(result.documentation().word()).open("td", "class", "refs");
            for (RequirementResult requirement : view.requirementsOf(control.id())) {
                page.link(
                                "#" + Anchors.requirement(requirement.framework(), requirement.id()),
                                requirement.framework().label() + " " + requirement.id(),
                                "class",
                                "req")
                        .text(" ");
            }
            page.close("td").open("td", "class", "refs");
            for (EvidenceFile file : view.filesOf(control.id())) {
                page.link("#" + file.anchor(), file.evidenceId(), "class", "ev").text(" ");
            }
            page.close("td").close("tr").newline();
        }
        page.endTable();
    }
}
