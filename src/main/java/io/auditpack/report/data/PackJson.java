package io.auditpack.report.data;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON of every pack file (metrics.json, the OSCAL documents): UTF-8, two-space indentation and LF line ends on
 * every platform, keys in the tree's order, a final newline; the same tree gives the same bytes.
 */
public final class PackJson {
    private static final DefaultIndenter TWO_SPACES_LF = new DefaultIndenter("  ", "\n");
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .defaultPrettyPrinter(new DefaultPrettyPrinter(
                            Separators.createDefaultInstance().withObjectNameValueSpacing(Separators.Spacing.AFTER))
                    .withObjectIndenter(TWO_SPACES_LF)
                    .withArrayIndenter(TWO_SPACES_LF))
            .build();

    private PackJson() {}

    /** Writes {@code tree} (maps, lists and scalars) to {@code out}. */
    public static void write(Object tree, OutputStream out) throws IOException {
        out.write((MAPPER.writeValueAsString(tree) + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
