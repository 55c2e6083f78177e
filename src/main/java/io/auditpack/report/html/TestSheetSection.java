package io.auditpack.report.html;

import io.auditpack.domain.ManagementResponse;
import io.auditpack.verdict.TestItem;
import java.util.List;

/**
 * The test sheet (packages audited by sampling): each sampled item, and each exception found outside the sample, with
 * what was tested, the records found for it (links to their files' rows when the bag holds them), the result in
 * colour and management's response to an exception.
 */
final class TestSheetSection implements Section {
    private static final List<String> HEADERS = List.of(
            "Control", "Pick", "Kind", "Item", "Date", "Test attributes", "Evidence", "Result", "Note", "Response");

    @Override
    public String id() {
        return "test-sheet";
    }

    @Override
    public String heading() {
        return "Test sheet";
    }

    @Override
    public boolean shows(View view) {
        return !view.context().report().testing().items().isEmpty();
    }

    @Override
    public void write(Page page, View view) {
        page.table(true, HEADERS);
        for (TestItem item : view.context().report().testing().items()) {
            page.open("tr").open("td");
            ControlLinks.write(page, view, item.control());
            page.close("td")
                    .element("td", item.sampled() ? Integer.toString(item.pick()) : "outside sample", "class", "num")
                    .cell(item.kind())
                    .cell(item.item())
                    .cell(item.date() == null ? "" : item.date().toString())
                    .cell(String.join("; ", item.attributes()))
                    .open("td", "class", "refs");
            for (String id : item.evidence()) {
                if (view.hasFile(item.control(), id)) {
                    page.link("#" + Anchors.evidence(item.control(), id), id, "class", "ev");
                } else {
                    page.element("span", id);
                }
                page.text(" ");
            }
            page.close("td").status(item.result().word()).cell(item.note()).cell(response(item));
            page.close("tr").newline();
        }
        page.endTable();
    }

    private static String response(TestItem item) {
        if (item.response().isEmpty()) {
            return "";
        }
        ManagementResponse response = item.response().get();
        String target = response.targetDate() == null ? "" : ", by " + response.targetDate();
        return response.response() + " (" + response.owner() + target + ")";
    }
}
