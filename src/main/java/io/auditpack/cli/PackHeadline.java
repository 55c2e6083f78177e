package io.auditpack.cli;

import io.auditpack.pack.bag.BagInfo;
import io.auditpack.pack.snapshot.PackFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The headline figures of a published pack, read back from its {@code data/metrics.json}, and the previous version's
 * SHA-256 its {@code bag-info.txt} names (empty for a first version).
 */
record PackHeadline(String asOf, String coverage, int gaps, int findings, String previousSha256) {

    static PackHeadline read(Path zip) throws IOException {
        String previous = PackFiles.text(zip, "bag-info.txt")
                .map(BagInfo::parse)
                .flatMap(info -> info.get(BagInfo.PREVIOUS_SHA256))
                .filter(sha -> !sha.equals(BagInfo.NONE))
                .orElse("");
        Optional<String> metrics = PackFiles.text(zip, "data/metrics.json");
        return metrics.isEmpty()
                ? new PackHeadline("?", "no metrics.json", 0, 0, previous)
                : of(JsonMapper.builder().build().readTree(metrics.get()), previous);
    }

    private static PackHeadline of(JsonNode metrics, String previous) {
        StringBuilder coverage = new StringBuilder();
        Iterator<Map.Entry<String, JsonNode>> frameworks =
                metrics.path("frameworks").properties().iterator();
        while (frameworks.hasNext()) {
            Map.Entry<String, JsonNode> framework = frameworks.next();
            JsonNode figures = framework.getValue();
            int inScope = figures.path("requirements_in_scope").asInt();
            int designed =
                    figures.path("covered").asInt() + figures.path("partial").asInt();
            coverage.append(coverage.isEmpty() ? "" : ", ")
                    .append(String.format(Locale.ROOT, "%s %d/%d designed", framework.getKey(), designed, inScope));
            if (figures.has("effective")) {
                coverage.append(String.format(
                        Locale.ROOT, " %d effective", figures.path("effective").asInt()));
            }
        }
        return new PackHeadline(
                metrics.path("as_of").asString("?"),
                coverage.toString(),
                metrics.path("gaps").size(),
                metrics.path("findings").path("total").asInt(),
                previous);
    }
}
