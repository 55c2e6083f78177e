package io.auditpack.report.html;

/** One section of the page: its element ID, its heading, whether the pack has anything to show in it, its body. */
interface Section {
    String id();

    String heading();

    default boolean shows(View view) {
        return true;
    }

    void write(Page page, View view);
}
