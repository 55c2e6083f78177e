package io.auditpack.report.html;

import io.auditpack.domain.ControlResult;
import io.auditpack.domain.EvidenceItem;
import io.auditpack.domain.EvidencePath;
import io.auditpack.domain.EvidenceUse;
import io.auditpack.domain.RequirementResult;
import io.auditpack.domain.Words;
import io.auditpack.report.PackContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the page is drawn from: the context, plus the links between its tables computed once: each control's
 * requirements (requirement order) and evidence files (catalog order), the controls and files that have a row, and
 * the other files of the pack (paths relative to {@code data/}).
 */
final class View {
    private final PackContext context;
    private final List<String> packFiles;
    private final Map<String, List<RequirementResult>> requirementsOf = new LinkedHashMap<>();
    private final Map<String, List<EvidenceFile>> filesOf = new TreeMap<>();
    private final Set<String> controls;

    private View(PackContext context, List<String> packFiles) {
        this.context = context;
        this.packFiles = List.copyOf(packFiles);
        this.controls = Set.copyOf(
                context.result().controls().stream().map(ControlResult::id).toList());
        for (RequirementResult requirement : context.result().requirements()) {
            for (String control : requirement.controls()) {
                requirementsOf.computeIfAbsent(control, c -> new ArrayList<>()).add(requirement);
            }
        }
        for (EvidenceUse use : context.result().packedEvidence()) {
            EvidenceItem item = use.item();
            for (String control : use.packedUnder()) {
                filesOf.computeIfAbsent(control, c -> new ArrayList<>()).add(file(context, use, item, control));
            }
        }
    }

    static View of(PackContext context, List<String> packFiles) {
        return new View(context, packFiles);
    }

    private static EvidenceFile file(PackContext context, EvidenceUse use, EvidenceItem item, String control) {
        return new EvidenceFile(
                item.id(),
                control,
                item.title(),
                Words.word(item.type()),
                item.performedOn() == null ? "" : item.performedOn().toString(),
                use.counted(),
                EvidencePath.of(control, item),
                context.report().sha256(item.id()));
    }

    PackContext context() {
        return context;
    }

    /** The other files of the pack, relative to {@code data/}. */
    List<String> packFiles() {
        return packFiles;
    }

    /** Whether the page has a row for this control. */
    boolean hasControl(String id) {
        return controls.contains(id);
    }

    List<RequirementResult> requirementsOf(String control) {
        return requirementsOf.getOrDefault(control, List.of());
    }

    List<EvidenceFile> filesOf(String control) {
        return filesOf.getOrDefault(control, List.of());
    }

    /** Every evidence file: controls in the order of the controls table, then any other folder by name. */
    List<EvidenceFile> files() {
        List<EvidenceFile> all = new ArrayList<>();
        Map<String, List<EvidenceFile>> left = new TreeMap<>(filesOf);
        for (ControlResult control : context.result().controls()) {
            List<EvidenceFile> files = left.remove(control.id());
            if (files != null) {
                all.addAll(files);
            }
        }
        left.values().forEach(all::addAll);
        return all;
    }

    /** Whether the page lists a file of this evidence item under this control. */
    boolean hasFile(String control, String evidenceId) {
        return filesOf(control).stream().anyMatch(f -> f.evidenceId().equals(evidenceId));
    }

    boolean judgesOperation() {
        return context.result().job().judgesOperation();
    }
}
