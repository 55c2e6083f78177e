package io.auditpack.report.pdf;

import com.lowagie.text.pdf.PdfPTable;
import io.auditpack.domain.Population;
import io.auditpack.report.PackContext;
import io.auditpack.verdict.PopulationCheck;
import io.auditpack.verdict.TestItem;
import io.auditpack.verdict.TestResult;
import io.auditpack.verdict.Testing;
import java.util.List;

/**
 * The testing of a sampled pack (soc2-type2, iso27001-stage2): the populations with their completeness and accuracy
 * facts, the test sheet's results in figures, and every exception with management's response.
 */
final class TestingSection implements Section {
    @Override
    public void add(Blocks blocks, PackContext context) {
        Testing testing = context.report().testing();
        blocks.section("Populations, tests and management responses");
        populations(blocks, testing);
        List<TestItem> items = testing.items();
        long sampled = items.stream().filter(TestItem::sampled).count();
        long passed = count(items, TestResult.PASS);
        long notTested = count(items, TestResult.NOT_TESTED);
        List<TestItem> exceptions = testing.exceptions();
        long inSample = exceptions.stream().filter(TestItem::sampled).count();
        long answered =
                exceptions.stream().filter(e -> e.response().isPresent()).count();
        blocks.subsection("Test results");
        blocks.paragraph(("%d sampled items tested: %d pass, %d exceptions in the sample; %d exceptions found outside "
                        + "the sample (due occurrences or slices without a record); %d controls with nothing to test. "
                        + "Management responded to %d of %d exceptions. The test sheet (workbook sheet \"Test sheet\", "
                        + "data/test-sheet.csv) lists each item with its attributes, evidence and result.")
                .formatted(
                        sampled,
                        passed,
                        inSample,
                        exceptions.size() - inSample,
                        notTested,
                        answered,
                        exceptions.size()));
        if (exceptions.isEmpty()) {
            return;
        }
        blocks.subsection("Exceptions and management responses");
        PdfPTable table = blocks.table(
                List.of("Control", "Item", "Date", "Exception", "Management response", "Owner", "Target"),
                1f,
                1.6f,
                1.1f,
                2.4f,
                3.6f,
                1.9f,
                1.1f);
        for (TestItem exception : exceptions) {
            blocks.cell(table, exception.control());
            blocks.cell(table, exception.item());
            blocks.cell(table, exception.date() == null ? "" : exception.date().toString());
            blocks.cell(table, exception.note());
            blocks.cell(table, exception.response().map(r -> r.response()).orElse("no response"));
            blocks.cell(table, exception.response().map(r -> r.owner()).orElse(""));
            blocks.cell(
                    table,
                    exception
                            .response()
                            .map(r ->
                                    r.targetDate() == null ? "" : r.targetDate().toString())
                            .orElse(""));
        }
        blocks.add(table);
    }

    private static void populations(Blocks blocks, Testing testing) {
        blocks.subsection("Populations (completeness and accuracy)");
        if (testing.populations().isEmpty()) {
            blocks.paragraph("No population was provided (populations.csv): controls are sampled from their records.");
            return;
        }
        blocks.paragraph("Each population as extracted from its system of record: the source, the query, the day of "
                + "extraction, the row count and the SHA-256 of the extract (of its rows as read when no extract file "
                + "is named; the first 16 hex digits here, all 64 in data/populations.csv), the occurrences a record "
                + "proves and the exceptions.");
        PdfPTable table = blocks.table(
                List.of(
                        "Population",
                        "Control",
                        "Source and query",
                        "Extracted",
                        "Rows",
                        "Covered",
                        "Exceptions",
                        "SHA-256"),
                2.1f,
                0.9f,
                2.7f,
                1.1f,
                0.7f,
                0.9f,
                1f,
                2.3f);
        for (PopulationCheck check : testing.populations()) {
            Population population = check.population();
            blocks.cell(table, population.id());
            blocks.cell(table, population.controlId());
            blocks.cell(
                    table,
                    population.query().isEmpty()
                            ? population.sourceSystem()
                            : population.sourceSystem() + ": " + population.query());
            blocks.cell(table, population.extractedOn().toString());
            blocks.number(table, population.count());
            blocks.number(table, check.covered());
            blocks.number(table, check.exceptions());
            blocks.cell(table, population.sha256().substring(0, 16) + "...");
        }
        blocks.add(table);
    }

    private static long count(List<TestItem> items, TestResult result) {
        return items.stream().filter(i -> i.result() == result).count();
    }
}
