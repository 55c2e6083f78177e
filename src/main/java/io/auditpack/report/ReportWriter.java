package io.auditpack.report;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes one derived file of a pack. Implementations must be deterministic: the same context gives the same bytes,
 * whatever the machine, time zone or clock.
 */
public interface ReportWriter {
    /** Path inside the bag, e.g. {@code data/metrics.json}. */
    String path();

    void write(PackContext context, OutputStream out) throws IOException;
}
