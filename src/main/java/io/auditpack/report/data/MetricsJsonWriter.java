package io.auditpack.report.data;

import io.auditpack.report.PackContext;
import io.auditpack.report.ReportWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes {@code data/metrics.json}: every headline figure of the pack, machine-readable (see {@link MetricsTree}).
 * Pretty-printed with two spaces and LF line ends on every platform, keys in the tree's order, a final newline.
 */
public final class MetricsJsonWriter implements ReportWriter {
    private static final DefaultIndenter TWO_SPACES_LF = new DefaultIndenter("  ", "\n");
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .defaultPrettyPrinter(new DefaultPrettyPrinter(
                            Separators.createDefaultInstance().withObjectNameValueSpacing(Separators.Spacing.AFTER))
                    .withObjectIndenter(TWO_SPACES_LF)
                    .withArrayIndenter(TWO_SPACES_LF))
            .build();

    @Override
    public String path() {
        return "data/metrics.json";
    }

    @Override
    public void write(PackContext context, OutputStream out) throws IOException {
        out.write((MAPPER.writeValueAsString(MetricsTree.of(context)) + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
