package io.auditpack.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.auditpack.report.PackContext;
import io.auditpack.report.ReportFixtures;
import io.auditpack.report.excel.CrosswalkWorkbookWriter;
import io.auditpack.verdict.VersionStamp;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The "done when" check of the reports' readability on every demo summary (docs/pdf-summary.md): no word broken in
 * mid-word, no page under a quarter full but the last of a section, no heading stranded at a page foot.
 */
class DemoLayoutTest {
    static final java.util.List<String> JOBS = DemoContexts.JOBS;

    @ParameterizedTest
    @FieldSource("JOBS")
    void theDemoSummaryBreaksNoWordLeavesNoSparsePageAndStrandsNoHeading(String job) throws Exception {
        // given the demo job's context, its summary and its workbook
        PackContext context = DemoContexts.of(job, new VersionStamp(2, "cd".repeat(32)));
        byte[] pdf = ReportRender.pdf(context);
        byte[] workbook = ReportFixtures.render(new CrosswalkWorkbookWriter(), context);

        // when the summary is read back with its text positions
        PdfLayout layout = PdfLayout.of(pdf, PdfLayout.workbookWords(workbook));
        System.out.printf(
                Locale.ROOT,
                "%s: %d pages, fill %% %s%n",
                job,
                layout.fill().size(),
                layout.fill().stream().map(f -> Math.round(f * 100)).toList());

        // then
        assertThat(layout.brokenWords()).as("words broken in mid-word").isEmpty();
        assertThat(layout.sparsePages()).as("pages under a quarter full").isEmpty();
        assertThat(layout.strandedHeadings()).as("headings at a page foot").isEmpty();
    }
}
