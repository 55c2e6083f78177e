package io.auditpack.report;

import io.auditpack.report.calendar.CalendarWriter;
import io.auditpack.report.data.CsvTableWriter;
import io.auditpack.report.data.MetricsJsonWriter;
import io.auditpack.report.excel.CrosswalkWorkbookWriter;
import io.auditpack.report.html.IndexHtmlWriter;
import io.auditpack.report.oscal.OscalJsonWriter;
import io.auditpack.report.pdf.SummaryPdfWriter;
import java.util.ArrayList;
import java.util.List;

/** The derived files of every pack, in a fixed order: summary.pdf, crosswalk.xlsx, metrics.json, findings, gaps,
 * populations, test sheet, requests, the OSCAL assessment results and POA&M, calendar, then index.html (which links
 * to the others). */
public final class Reports {
    private Reports() {}

    public static List<ReportWriter> all() {
        return withIndex(List.of(
                new SummaryPdfWriter(),
                new CrosswalkWorkbookWriter(),
                new MetricsJsonWriter(),
                CsvTableWriter.findings(),
                CsvTableWriter.gaps(),
                CsvTableWriter.populations(),
                CsvTableWriter.testSheet(),
                CsvTableWriter.requests(),
                OscalJsonWriter.assessmentResults(),
                OscalJsonWriter.poam(),
                new CalendarWriter()));
    }

    /** The files, then {@code data/index.html} linking to each of them. */
    private static List<ReportWriter> withIndex(List<ReportWriter> files) {
        List<ReportWriter> all = new ArrayList<>(files);
        all.add(new IndexHtmlWriter(files.stream().map(ReportWriter::path).toList()));
        return List.copyOf(all);
    }
}
