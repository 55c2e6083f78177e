package io.auditpack.report.html;

/** A control's ID as a link to its row, or as plain text when the page has no row for it. */
final class ControlLinks {
    private ControlLinks() {}

    static void write(Page page, View view, String control) {
        if (view.hasControl(control)) {
            page.link("#" + Anchors.control(control), control, "class", "ctl");
        } else {
            page.element("span", control);
        }
        page.text(" ");
    }
}
