package io.auditpack.report.html;

import java.util.List;

/**
 * Every evidence file of the bag, grouped by the control whose folder holds it: a link to the file itself (relative
 * to the page, {@code evidence/<control>/<evidence>__<name>}), its SHA-256 as the bag's manifest records it, and a
 * link back to its control.
 */
final class EvidenceSection implements Section {
    private static final List<String> HEADERS =
            List.of("File", "Evidence", "Control", "Title", "Type", "Performed on", "Counted", "SHA-256");

    @Override
    public String id() {
        return "evidence";
    }

    @Override
    public String heading() {
        return "Evidence files";
    }

    @Override
    public void write(Page page, View view) {
        List<EvidenceFile> files = view.files();
        if (files.isEmpty()) {
            page.element("p", "This pack holds no evidence file.", "class", "note");
            return;
        }
        page.element(
                "p",
                "Each file opens from the extracted bag; its SHA-256 is the one manifest-sha256.txt records for it."
                        + " The workbook lists every evidence item, with or without a file.",
                "class",
                "note");
        page.table(true, HEADERS);
        for (EvidenceFile file : files) {
            page.open("tr", "id", file.anchor())
                    .open("td")
                    .link(file.path(), file.fileName(), "class", "file")
                    .close("td")
                    .cell(file.evidenceId())
                    .open("td");
            ControlLinks.write(page, view, file.control());
            page.close("td")
                    .cell(file.title())
                    .cell(file.type())
                    .cell(file.performedOn())
                    .cell(file.counted() ? "yes" : "no")
                    .element("td", file.sha256(), "class", "sha")
                    .close("tr")
                    .newline();
        }
        page.endTable();
    }
}
