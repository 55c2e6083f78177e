package io.auditpack.report;

import io.auditpack.report.data.CsvTableWriter;
import io.auditpack.report.data.MetricsJsonWriter;
import io.auditpack.report.excel.CrosswalkWorkbookWriter;
import io.auditpack.report.oscal.OscalJsonWriter;
import io.auditpack.report.pdf.SummaryPdfWriter;
import java.util.List;

/** The derived files of every pack, in a fixed order: summary.pdf, crosswalk.xlsx, metrics.json, findings, gaps,
 * populations, test sheet, requests, the OSCAL assessment results and POA&M. */
public final class Reports {
    private Reports() {}

    public static List<ReportWriter> all() {
        return List.of(
                new SummaryPdfWriter(),
                new CrosswalkWorkbookWriter(),
                new MetricsJsonWriter(),
                CsvTableWriter.findings(),
                CsvTableWriter.gaps(),
                CsvTableWriter.populations(),
                CsvTableWriter.testSheet(),
                CsvTableWriter.requests(),
                OscalJsonWriter.assessmentResults(),
                OscalJsonWriter.poam());
    }
}
