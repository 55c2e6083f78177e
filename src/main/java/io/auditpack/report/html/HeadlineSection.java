package io.auditpack.report.html;

import io.auditpack.domain.FrameworkSummary;
import io.auditpack.verdict.Headline;
import java.util.ArrayList;
import java.util.List;

/**
 * The headline figures per framework and SOC 2 category, the same as metrics.json's {@code frameworks} (each cell
 * names its key in {@code data-metric}), drawn as bars ({@link HeadlineChart}) above the table.
 */
final class HeadlineSection implements Section {
    private static final List<String> DESIGN =
            List.of("requirements_in_scope", "covered", "partial", "missing_control", "not_applicable");
    private static final List<String> OPERATING = List.of("effective", "inconsistent", "no_records", "not_yet_due");

    @Override
    public String id() {
        return "headlines";
    }

    @Override
    public String heading() {
        return "Headline figures";
    }

    @Override
    public boolean shows(View view) {
        return !view.context().report().headlines().isEmpty();
    }

    @Override
    public void write(Page page, View view) {
        List<Headline> headlines = view.context().report().headlines();
        boolean judges = view.judgesOperation();
        HeadlineChart.write(page, headlines, judges);
        List<String> keys = new ArrayList<>(DESIGN);
        if (judges) {
            keys.addAll(OPERATING);
        }
        keys.add("design_coverage_percent");
        List<String> headers = new ArrayList<>(List.of("Scope"));
        headers.addAll(keys);
        page.table(false, headers);
        for (Headline line : headlines) {
            page.open("tr", "data-scope", line.label()).element("th", line.label());
            for (String key : keys) {
                page.element("td", value(line, key), "class", "num", "data-metric", key);
            }
            page.close("tr").newline();
        }
        page.endTable();
    }

    private static String value(Headline line, String key) {
        FrameworkSummary s = line.summary();
        return switch (key) {
            case "requirements_in_scope" -> Integer.toString(s.requirementsInScope());
            case "covered" -> Integer.toString(s.covered());
            case "partial" -> Integer.toString(s.partial());
            case "missing_control" -> Integer.toString(s.missingControl());
            case "not_applicable" -> Integer.toString(s.notApplicable());
            case "effective" -> Integer.toString(s.effective());
            case "inconsistent" -> Integer.toString(s.inconsistent());
            case "no_records" -> Integer.toString(s.noRecords());
            case "not_yet_due" -> Integer.toString(s.notYetDue());
            case "design_coverage_percent" -> line.designCoveragePercent().toPlainString();
            default -> throw new IllegalArgumentException("no headline figure " + key);
        };
    }
}
