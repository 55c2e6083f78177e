package io.auditpack.report.oscal;

import io.auditpack.report.PackContext;
import io.auditpack.report.ReportWriter;
import io.auditpack.report.data.PackJson;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Writes one OSCAL document of the pack as JSON: UTF-8, two-space indentation, LF line ends, keys in the tree's
 * order, a final newline; the same context gives the same bytes.
 */
public final class OscalJsonWriter implements ReportWriter {
    private final String path;
    private final Function<PackContext, Map<String, Object>> tree;

    public OscalJsonWriter(String path, Function<PackContext, Map<String, Object>> tree) {
        this.path = Objects.requireNonNull(path, "path must not be null");
        this.tree = Objects.requireNonNull(tree, "tree must not be null");
    }

    /** {@code data/oscal/assessment-results.json}. */
    public static OscalJsonWriter assessmentResults() {
        return new OscalJsonWriter(AssessmentResultsTree.PATH, AssessmentResultsTree::of);
    }

    /** {@code data/oscal/poam.json}. */
    public static OscalJsonWriter poam() {
        return new OscalJsonWriter(PoamTree.PATH, PoamTree::of);
    }

    @Override
    public String path() {
        return path;
    }

    @Override
    public void write(PackContext context, OutputStream out) throws IOException {
        PackJson.write(tree.apply(context), out);
    }
}
