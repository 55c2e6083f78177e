package io.auditpack.cli;

import io.auditpack.domain.Gap;
import io.auditpack.domain.PackSnapshot;
import io.auditpack.domain.PackedEvidence;
import io.auditpack.verdict.ControlChange;
import io.auditpack.verdict.EvidenceChange;
import io.auditpack.verdict.MetricDelta;
import io.auditpack.verdict.PackDiff;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A {@link PackDiff} as JSON for scripts: {@code from} and {@code to} (job, version, package, as_of, sha256),
 * {@code evidence.added|removed|changed}, {@code controls} (id, owner, from, to: a status word or {@code absent}),
 * {@code gaps.opened|closed}, {@code metrics} (every figure: group, metric, from, to, delta) and {@code changed}
 * (false when nothing differs). Full SHA-256 values.
 */
final class DiffJson {
    private static final JsonMapper MAPPER =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private DiffJson() {}

    static String of(PackDiff diff) {
        return of(diff, PackSignature.UNSIGNED, PackSignature.UNSIGNED);
    }

    /** The diff with {@code signature: {from, to, changed}}, each side the signing key's SHA-256 or null. */
    static String of(PackDiff diff, PackSignature signedBefore, PackSignature signedAfter) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("from", pack(diff.before()));
        root.put("to", pack(diff.after()));
        boolean signatureChanged = !signedBefore.equals(signedAfter);
        root.put("changed", !diff.isEmpty() || signatureChanged);
        Map<String, Object> signature = new LinkedHashMap<>();
        signature.put("from", signedBefore.signed() ? signedBefore.keySha256() : null);
        signature.put("to", signedAfter.signed() ? signedAfter.keySha256() : null);
        signature.put("changed", signatureChanged);
        root.put("signature", signature);
        root.put(
                "evidence",
                map(
                        "added",
                        diff.evidenceAdded().stream().map(DiffJson::evidence).toList(),
                        "removed",
                        diff.evidenceRemoved().stream().map(DiffJson::evidence).toList(),
                        "changed",
                        diff.evidenceChanged().stream().map(DiffJson::change).toList()));
        root.put("controls", diff.controls().stream().map(DiffJson::control).toList());
        root.put("gaps", map("opened", gaps(diff.gapsOpened()), "closed", gaps(diff.gapsClosed())));
        root.put("metrics", diff.metrics().stream().map(DiffJson::metric).toList());
        return MAPPER.writeValueAsString(root) + "\n";
    }

    private static Map<String, Object> pack(PackSnapshot pack) {
        return map(
                "job",
                pack.job(),
                "version",
                pack.version(),
                "package",
                pack.packageType().word(),
                "as_of",
                pack.asOf().toString(),
                "sha256",
                pack.sha256(),
                "previous_sha256",
                pack.previousSha256().isEmpty() ? null : pack.previousSha256());
    }

    private static Map<String, Object> evidence(PackedEvidence e) {
        return map("id", e.id(), "control", e.control(), "path", e.path(), "sha256", e.sha256());
    }

    private static Map<String, Object> change(EvidenceChange c) {
        return map(
                "id",
                c.id(),
                "control",
                c.control(),
                "from_path",
                c.before().path(),
                "to_path",
                c.after().path(),
                "from_sha256",
                c.before().sha256(),
                "to_sha256",
                c.after().sha256());
    }

    private static Map<String, Object> control(ControlChange c) {
        return map(
                "id",
                c.id(),
                "owner",
                c.owner().isEmpty() ? null : c.owner(),
                "from",
                c.statusBefore(),
                "to",
                c.statusAfter());
    }

    private static List<Map<String, Object>> gaps(List<Gap> gaps) {
        return gaps.stream()
                .map(g -> map(
                        "type",
                        g.type().word(),
                        "framework",
                        g.framework().label(),
                        "requirement",
                        g.requirement(),
                        "control",
                        g.control().isEmpty() ? null : g.control(),
                        "owner",
                        g.owner().isEmpty() ? null : g.owner()))
                .toList();
    }

    private static Map<String, Object> metric(MetricDelta m) {
        return map("group", m.group(), "metric", m.metric(), "from", m.before(), "to", m.after(), "delta", m.delta());
    }

    private static Map<String, Object> map(@Nullable Object... keysAndValues) {
        Map<String, Object> node = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            node.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return node;
    }
}
