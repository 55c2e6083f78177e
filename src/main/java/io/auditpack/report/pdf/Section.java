package io.auditpack.report.pdf;

import io.auditpack.report.PackContext;

/** One section of the summary: adds its headings, text, tables and charts to the document. */
@FunctionalInterface
interface Section {
    void add(Blocks blocks, PackContext context);
}
