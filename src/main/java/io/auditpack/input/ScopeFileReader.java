package io.auditpack.input;

import io.auditpack.domain.ScopeStatement;
import io.auditpack.domain.SourceRef;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.NodeTuple;

/**
 * Reads scope.yaml, the audit-ready narrative, the boundary tags and the SOC 2 description sections
 * ({@link DescriptionReader}), with strict keys; problems are findings.
 */
final class ScopeFileReader {
    static final String FILE = "scope.yaml";
    static final List<String> NARRATIVE = List.of(
            "system_description",
            "services",
            "environments",
            "teams",
            "third_parties",
            "data_flows",
            "boundaries",
            "assumptions");
    static final List<String> KEYS = java.util.stream.Stream.of(
                    NARRATIVE, List.of("soc2_boundary", "isms_scope"), DescriptionReader.KEYS)
            .flatMap(List::stream)
            .toList();

    private ScopeFileReader() {}

    /** The statement of a scope.yaml file; {@link ScopeStatement#none()} when it cannot be read (see findings). */
    static ScopeStatement read(Path path, FindingLog log) throws IOException {
        YamlDoc doc = new YamlDoc(FILE, "input.scope");
        MappingNode root = doc.load(path, true);
        ScopeStatement statement = ScopeStatement.none();
        if (root != null) {
            Map<String, NodeTuple> entries = doc.entries(root, "", KEYS);
            Map<String, List<String>> narrative = new LinkedHashMap<>();
            List<String> soc2Boundary = List.of();
            List<String> ismsScope = List.of();
            DescriptionReader description = new DescriptionReader(doc);
            for (Map.Entry<String, NodeTuple> entry : entries.entrySet()) {
                if (DescriptionReader.KEYS.contains(entry.getKey())) {
                    description.read(entry.getKey(), entry.getValue().getValueNode());
                    continue;
                }
                List<String> lines = doc.list(entry.getValue().getValueNode(), entry.getKey());
                if (lines == null) {
                    continue;
                }
                switch (entry.getKey()) {
                    case "soc2_boundary" -> soc2Boundary = lines;
                    case "isms_scope" -> ismsScope = lines;
                    default -> narrative.put(entry.getKey(), lines);
                }
            }
            statement = new ScopeStatement(
                    soc2Boundary,
                    ismsScope,
                    narrative,
                    SourceRef.of(FILE),
                    description.description(narrative.keySet()));
        }
        log.addAll(doc.findings());
        return statement;
    }
}
