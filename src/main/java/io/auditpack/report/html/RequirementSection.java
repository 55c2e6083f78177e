package io.auditpack.report.html;

import io.auditpack.domain.RequirementResult;
import java.util.ArrayList;
import java.util.List;

/**
 * Every requirement of the verdict (in scope and excluded), in the verdict's order: its design and operating status
 * in colour and a link to each control mapped to it.
 */
final class RequirementSection implements Section {
    @Override
    public String id() {
        return "requirements";
    }

    @Override
    public String heading() {
        return "Requirements";
    }

    @Override
    public void write(Page page, View view) {
        boolean judges = view.judgesOperation();
        List<String> headers = new ArrayList<>(List.of("Framework", "Requirement", "Title", "Design"));
        if (judges) {
            headers.add("Operating");
        }
        headers.add("Controls");
        page.table(true, headers);
        for (RequirementResult requirement : view.context().result().requirements()) {
            page.open("tr", "id", Anchors.requirement(requirement.framework(), requirement.id()))
                    .cell(requirement.framework().label())
                    .element("td", requirement.id(), "class", "rid")
                    .open("td")
                    .text(requirement.title());
            if (!requirement.inScope() && !requirement.justification().isEmpty()) {
                page.element("div", "Excluded: " + requirement.justification(), "class", "note");
            }
            page.close("td").status(requirement.design().word());
            if (judges) {
                page.status(requirement.operating().word());
            }
            page.open("td", "class", "refs");
            for (String control : requirement.controls()) {
                ControlLinks.write(page, view, control);
            }
            page.close("td").close("tr").newline();
        }
        page.endTable();
    }
}
