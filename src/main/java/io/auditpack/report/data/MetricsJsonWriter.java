package io.auditpack.report.data;

import io.auditpack.report.PackContext;
import io.auditpack.report.ReportWriter;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes {@code data/metrics.json}: every headline figure of the pack, machine-readable (see {@link MetricsTree}).
 * Written as {@link PackJson} writes every JSON file of a pack.
 */
public final class MetricsJsonWriter implements ReportWriter {
    @Override
    public String path() {
        return "data/metrics.json";
    }

    @Override
    public void write(PackContext context, OutputStream out) throws IOException {
        PackJson.write(MetricsTree.of(context), out);
    }
}
