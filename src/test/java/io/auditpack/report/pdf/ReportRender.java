package io.auditpack.report.pdf;

import io.auditpack.report.PackContext;
import io.auditpack.report.ReportFixtures;
import java.io.IOException;

/** Renders a summary into memory. */
final class ReportRender {
    private ReportRender() {}

    static byte[] pdf(PackContext context) throws IOException {
        return ReportFixtures.render(new SummaryPdfWriter(), context);
    }
}
