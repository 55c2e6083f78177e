package io.auditpack.report.html;

import io.auditpack.report.PackContext;
import io.auditpack.report.ReportWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes {@code data/index.html}: the pack as one self-contained page for a browser opened on the extracted bag
 * ({@code file://}), loading nothing (inline style and script admitted by hash in a Content Security Policy that
 * forbids every fetch). Requirements link to their controls, controls to their evidence files' rows, each row to
 * the file in the bag with its SHA-256, and back. UTF-8, LF line ends; the same context gives the same bytes.
 */
public final class IndexHtmlWriter implements ReportWriter {
    private static final List<Section> SECTIONS = List.of(
            new HeadlineSection(),
            new RequirementSection(),
            new ControlSection(),
            new EvidenceSection(),
            new RequestSection(),
            new PopulationSection(),
            new SampleSection(),
            new TestSheetSection(),
            new RemediationSection());

    private final List<String> packFiles;

    /** {@code packFiles}: the pack's other reports ({@code data/summary.pdf} ...), linked from the page's header. */
    public IndexHtmlWriter(List<String> packFiles) {
        this.packFiles = packFiles.stream()
                .map(p -> p.startsWith("data/") ? p.substring("data/".length()) : p)
                .toList();
    }

    @Override
    public String path() {
        return "data/index.html";
    }

    @Override
    public void write(PackContext context, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        View view = View.of(context, packFiles);
        List<Section> shown = SECTIONS.stream().filter(s -> s.shows(view)).toList();
        Page page = new Page(writer);
        try {
            page.trusted("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                    .open("meta", "http-equiv", "Content-Security-Policy", "content", PageAssets.CSP)
                    .newline()
                    .trusted("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                    .trusted("<link rel=\"icon\" href=\"data:,\">\n")
                    .element("title", PageHeader.title(view))
                    .newline()
                    .trusted("<style>" + PageAssets.STYLE + "</style>\n</head>\n<body>\n");
            PageHeader.write(page, view, shown);
            for (Section section : shown) {
                page.open("section", "id", section.id())
                        .open("h2")
                        .text(section.heading())
                        .link("#top", "back to top", "class", "top")
                        .close("h2")
                        .newline();
                section.write(page, view);
                page.close("section").newline();
            }
            page.trusted("<script>" + PageAssets.SCRIPT + "</script>\n</body>\n</html>\n");
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        writer.flush();
    }
}
