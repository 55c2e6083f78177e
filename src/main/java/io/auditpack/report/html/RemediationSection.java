package io.auditpack.report.html;

import io.auditpack.domain.Framework;
import io.auditpack.domain.RemediationItem;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The remediation plan (shown when there is anything to fix), in priority order, as gaps.csv has it. */
final class RemediationSection implements Section {
    private static final List<String> HEADERS =
            List.of("Priority", "Item", "Control", "Owner", "Frameworks", "Closes", "Action");

    @Override
    public String id() {
        return "remediation";
    }

    @Override
    public String heading() {
        return "Remediation plan";
    }

    @Override
    public boolean shows(View view) {
        return !view.context().result().remediation().isEmpty();
    }

    @Override
    public void write(Page page, View view) {
        page.table(true, HEADERS);
        for (RemediationItem item : view.context().result().remediation()) {
            page.open("tr")
                    .element("td", Integer.toString(item.priority()), "class", "num")
                    .cell(item.id())
                    .open("td");
            if (!item.control().isEmpty()) {
                ControlLinks.write(page, view, item.control());
            }
            page.close("td")
                    .cell(item.owner())
                    .cell(Arrays.stream(Framework.values())
                            .filter(item.frameworks()::contains)
                            .map(Framework::label)
                            .collect(Collectors.joining(" ")))
                    .cell(String.join("; ", item.closes()))
                    .cell(item.action())
                    .close("tr")
                    .newline();
        }
        page.endTable();
    }
}
