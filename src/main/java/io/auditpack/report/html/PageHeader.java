package io.auditpack.report.html;

import io.auditpack.domain.AuditResult;
import io.auditpack.domain.Finding;
import io.auditpack.domain.JobDefinition;
import io.auditpack.domain.Severity;
import io.auditpack.domain.Words;
import io.auditpack.verdict.VersionStamp;
import java.util.ArrayList;
import java.util.List;

/**
 * The top of the page: who and what the pack is for (organization, system, package, period, as-of, version and the
 * previous version's SHA-256), the findings by severity, links to the pack's other files, then a sticky bar with a
 * link to each section and the filter box.
 */
final class PageHeader {
    private PageHeader() {}

    static String title(View view) {
        JobDefinition job = view.context().result().job();
        return job.name() + " " + view.context().stamp().label() + ": " + job.organization() + ", " + job.system();
    }

    static void write(Page page, View view, List<Section> sections) {
        AuditResult result = view.context().result();
        JobDefinition job = result.job();
        VersionStamp stamp = view.context().stamp();
        page.open("header", "id", "top")
                .element("h1", job.organization() + ": " + job.system())
                .element("p", "Evidence pack " + job.name() + " " + stamp.label())
                .open("dl", "class", "facts");
        fact(page, "Package", job.packageType().word());
        if (job.period() != null) {
            fact(page, "Period", job.period().start() + " to " + job.period().end());
        }
        fact(page, "As of", result.asOf().toString());
        fact(page, "Version", stamp.label());
        if (!stamp.previousSha256().isEmpty()) {
            page.element("dt", "Previous version")
                    .open("dd")
                    .element("span", stamp.previousSha256(), "class", "sha")
                    .close("dd");
        }
        fact(page, "Findings", findings(result.findings()));
        page.element("dt", "Files").open("dd", "class", "refs");
        for (String file : view.packFiles()) {
            page.link(file, file, "class", "pack-file").text(" ");
        }
        page.close("dd").close("dl").close("header").newline();
        page.open("div", "class", "toolbar").open("nav");
        for (Section section : sections) {
            page.link("#" + section.id(), section.heading());
        }
        page.close("nav")
                .open("label")
                .text("Filter rows ")
                .open(
                        "input",
                        "id",
                        "filter",
                        "type",
                        "search",
                        "placeholder",
                        "words every shown row contains",
                        "autocomplete",
                        "off")
                .close("label")
                .element("span", "", "id", "filter-count", "aria-live", "polite")
                .close("div")
                .newline();
    }

    private static void fact(Page page, String name, String value) {
        page.element("dt", name).element("dd", value);
    }

    private static String findings(List<Finding> findings) {
        List<String> parts = new ArrayList<>();
        for (Severity severity : Severity.values()) {
            long n = findings.stream().filter(f -> f.severity() == severity).count();
            parts.add(n + " " + Words.word(severity));
        }
        return findings.size() + " (" + String.join(", ", parts) + "); see findings.csv";
    }
}
