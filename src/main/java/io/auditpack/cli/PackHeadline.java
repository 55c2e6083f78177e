package io.auditpack.cli;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** The headline figures of a published pack, read back from its {@code data/metrics.json}. */
record PackHeadline(String asOf, String coverage, int gaps, int findings) {
    private static final long MAX_METRICS_BYTES = 256L * 1024 * 1024;

    static PackHeadline read(Path zip) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (entry.getName().endsWith("/data/metrics.json") && entry.getSize() <= MAX_METRICS_BYTES) {
                    try (InputStream in = file.getInputStream(entry)) {
                        return of(JsonMapper.builder().build().readTree(in));
                    }
                }
            }
        }
        return new PackHeadline("?", "no metrics.json", 0, 0);
    }

    private static PackHeadline of(JsonNode metrics) {
        StringBuilder coverage = new StringBuilder();
        Iterator<Map.Entry<String, JsonNode>> frameworks = metrics.path("frameworks").properties().iterator();
        while (frameworks.hasNext()) {
            Map.Entry<String, JsonNode> framework = frameworks.next();
            JsonNode figures = framework.getValue();
            int inScope = figures.path("requirements_in_scope").asInt();
            int designed = figures.path("covered").asInt() + figures.path("partial").asInt();
            coverage.append(coverage.isEmpty() ? "" : ", ").append(String.format(Locale.ROOT, "%s %d/%d designed",
                    framework.getKey(), designed, inScope));
            if (figures.has("effective")) {
                coverage.append(String.format(Locale.ROOT, " %d effective", figures.path("effective").asInt()));
            }
        }
        return new PackHeadline(metrics.path("as_of").asString("?"), coverage.toString(),
                metrics.path("gaps").size(), metrics.path("findings").path("total").asInt());
    }
}
