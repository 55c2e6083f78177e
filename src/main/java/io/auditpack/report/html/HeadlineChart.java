package io.auditpack.report.html;

import io.auditpack.domain.FrameworkSummary;
import io.auditpack.verdict.Headline;
import java.util.ArrayList;
import java.util.List;

/**
 * The headline figures as an inline SVG of stacked bars: per framework and SOC 2 category one design bar (covered,
 * partial, missing_control over the requirements in scope) and, in period packages, one operating bar (effective,
 * inconsistent, no_records, not_yet_due, and requirements without an implemented control). Whole-pixel geometry
 * from cumulative counts, so the bytes never depend on floating point formatting.
 */
final class HeadlineChart {
    private static final int LABEL = 230;
    private static final int BAR = 460;
    private static final int ROW = 24;
    private static final String GOOD = "#4caf50";
    private static final String WARN = "#f0b400";
    private static final String BAD = "#d9534f";
    private static final String NONE = "#b0b7c3";
    private static final String NO_CONTROL = "#e4e7eb";

    private HeadlineChart() {}

    private record Part(String word, int count, String colour) {}

    static void write(Page page, List<Headline> headlines, boolean judges) {
        List<String> labels = new ArrayList<>();
        List<List<Part>> bars = new ArrayList<>();
        for (Headline line : headlines) {
            FrameworkSummary s = line.summary();
            labels.add(line.label() + " design");
            bars.add(List.of(
                    new Part("covered", s.covered(), GOOD),
                    new Part("partial", s.partial(), WARN),
                    new Part("missing_control", s.missingControl(), BAD)));
            if (judges) {
                int judged = s.effective() + s.inconsistent() + s.noRecords() + s.notYetDue();
                labels.add(line.label() + " operating");
                bars.add(List.of(
                        new Part("effective", s.effective(), GOOD),
                        new Part("inconsistent", s.inconsistent(), WARN),
                        new Part("no_records", s.noRecords(), BAD),
                        new Part("not_yet_due", s.notYetDue(), NONE),
                        new Part("no control", Math.max(0, s.requirementsInScope() - judged), NO_CONTROL)));
            }
        }
        List<Part> keys = keys(judges);
        int width = Math.max(LABEL + BAR + 50, keyWidth(keys)); // the legend never clipped
        int height = ROW * bars.size() + 34;
        page.open(
                        "svg",
                        "class",
                        "chart",
                        "width",
                        Integer.toString(width),
                        "height",
                        Integer.toString(height),
                        "viewBox",
                        "0 0 " + width + " " + height,
                        "role",
                        "img",
                        "aria-label",
                        "Requirements by design and operating status")
                .element("title", "Requirements by design and operating status")
                .newline();
        for (int i = 0; i < bars.size(); i++) {
            bar(page, labels.get(i), bars.get(i), i * ROW);
        }
        legend(page, keys, ROW * bars.size() + 14);
        page.close("svg").newline();
    }

    private static void bar(Page page, String label, List<Part> parts, int y) {
        int total = parts.stream().mapToInt(Part::count).sum();
        page.element("text", label, "x", "0", "y", Integer.toString(y + 16));
        int done = 0;
        for (Part part : parts) {
            if (part.count() == 0) {
                continue;
            }
            int from = LABEL + done * BAR / total;
            done += part.count();
            int to = LABEL + done * BAR / total;
            page.open(
                            "rect",
                            "x",
                            Integer.toString(from),
                            "y",
                            Integer.toString(y + 3),
                            "width",
                            Integer.toString(to - from),
                            "height",
                            Integer.toString(ROW - 6),
                            "fill",
                            part.colour())
                    .element("title", part.word() + ": " + part.count())
                    .close("rect");
        }
        page.element(
                        "text",
                        Integer.toString(total),
                        "x",
                        Integer.toString(LABEL + BAR + 6),
                        "y",
                        Integer.toString(y + 16))
                .newline();
    }

    private static List<Part> keys(boolean judges) {
        if (judges) {
            return List.of(
                    new Part("covered / effective", 0, GOOD),
                    new Part("partial / inconsistent", 0, WARN),
                    new Part("missing_control / no_records", 0, BAD),
                    new Part("not_yet_due", 0, NONE),
                    new Part("no control", 0, NO_CONTROL));
        }
        return List.of(new Part("covered", 0, GOOD), new Part("partial", 0, WARN), new Part("missing_control", 0, BAD));
    }

    /** The room of one key: its swatch, its word (at most 8 px a character) and a gap. */
    private static int keyRoom(Part key) {
        return 16 + 8 * key.word().length() + 12;
    }

    private static int keyWidth(List<Part> keys) {
        return keys.stream().mapToInt(HeadlineChart::keyRoom).sum();
    }

    private static void legend(Page page, List<Part> keys, int y) {
        int x = 0;
        for (Part key : keys) {
            page.open(
                            "rect",
                            "x",
                            Integer.toString(x),
                            "y",
                            Integer.toString(y),
                            "width",
                            "12",
                            "height",
                            "12",
                            "fill",
                            key.colour())
                    .close("rect")
                    .element("text", key.word(), "x", Integer.toString(x + 16), "y", Integer.toString(y + 11));
            x += keyRoom(key);
        }
    }
}
