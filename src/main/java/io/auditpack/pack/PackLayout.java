package io.auditpack.pack;

import io.auditpack.domain.EvidenceItem;
import io.auditpack.domain.EvidencePath;
import io.auditpack.domain.EvidenceUse;
import io.auditpack.report.PackContext;
import io.auditpack.report.ReportWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides the payload of a bag: the reports at their own paths and every packed evidence file at
 * {@code data/evidence/<control_id>/<evidence_id>__<safe file name>}, sorted by path. The safe name is the last path
 * element of the item's {@code file} with every character outside {@code [A-Za-z0-9._-]} replaced by {@code _};
 * the evidence and control IDs get the same treatment so no ID can add a folder level.
 */
public final class PackLayout {
    public static final String DATA = "data/";
    static final String EVIDENCE = "data/evidence/";
    private static final Pattern REPORT_PATH = Pattern.compile("data/([A-Za-z0-9._-]+/)*[A-Za-z0-9._-]+");

    private PackLayout() {}

    /** Checks report paths: plain {@code data/...} paths, outside {@code data/evidence/}, each used once. */
    static void checkReports(List<ReportWriter> reports) {
        Set<String> seen = new HashSet<>();
        for (ReportWriter report : reports) {
            String path = report.path();
            if (path == null
                    || !REPORT_PATH.matcher(path).matches()
                    || List.of(path.split("/")).stream().anyMatch(s -> s.equals(".") || s.equals(".."))) {
                throw new IllegalArgumentException(
                        "report path must be data/<name> with names of [A-Za-z0-9._-]: " + path);
            }
            if (path.startsWith(EVIDENCE)) {
                throw new IllegalArgumentException("report path must not lie under " + EVIDENCE + ": " + path);
            }
            if (!seen.add(path)) {
                throw new IllegalArgumentException("two reports write " + path);
            }
        }
    }

    /** The payload of one pack, sorted by path. */
    static List<PayloadFile> plan(PackContext context, List<ReportWriter> reports) {
        List<PayloadFile> files = new ArrayList<>();
        reports.forEach(r -> files.add(PayloadFile.report(r)));
        for (EvidenceUse use : context.result().packedEvidence()) {
            EvidenceItem item = use.item();
            Path file = context.inputs().evidenceFiles().get(item.id());
            if (file == null || !item.hasFile()) {
                throw new IllegalArgumentException("evidence " + item.id() + " is packed under " + use.packedUnder()
                        + " but has no verified file in the input set");
            }
            for (String control : use.packedUnder()) {
                files.add(PayloadFile.evidence(
                        evidencePath(control, item), file, context.report().sha256(item.id())));
            }
        }
        files.sort(Comparator.comparing(PayloadFile::path));
        for (int i = 1; i < files.size(); i++) {
            if (files.get(i).path().equals(files.get(i - 1).path())) {
                throw new IllegalArgumentException(
                        "two payload files would share the path " + files.get(i).path());
            }
        }
        return List.copyOf(files);
    }

    /** {@code data/evidence/<control_id>/<evidence_id>__<safe file name>}. */
    static String evidencePath(String controlId, EvidenceItem item) {
        return DATA + EvidencePath.of(controlId, item);
    }
}
