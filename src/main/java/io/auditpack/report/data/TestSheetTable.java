package io.auditpack.report.data;

import io.auditpack.domain.EvidenceItems;
import io.auditpack.domain.EvidencePath;
import io.auditpack.domain.EvidenceUse;
import io.auditpack.domain.EvidenceUses;
import io.auditpack.domain.ManagementResponse;
import io.auditpack.verdict.TestItem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The test sheet as a table: one row per sampled item and per exception found outside the sample, with the test
 * attributes, the evidence found and its files in the pack (relative to {@code data/}), the result and management's
 * response. Lists inside a cell are {@code ; }-separated.
 */
public final class TestSheetTable {
    public static final List<String> HEADER = List.of(
            "control_id",
            "title",
            "pick",
            "kind",
            "item",
            "date",
            "test_attributes",
            "evidence",
            "evidence_files",
            "result",
            "note",
            "response",
            "response_owner",
            "target_date");
    /** The column of the files in the pack. */
    public static final int FILES = HEADER.indexOf("evidence_files");

    private TestSheetTable() {}

    public static Table of(List<TestItem> items, EvidenceUses evidence) {
        Map<String, EvidenceUse> uses = uses(items, evidence);
        List<List<String>> rows = new ArrayList<>();
        for (TestItem item : items) {
            rows.add(row(item, files(item, uses)));
        }
        return new Table(HEADER, rows);
    }

    /** The files in the pack of an item's evidence, under the item's control (relative to {@code data/}). */
    public static List<String> files(TestItem item, Map<String, EvidenceUse> uses) {
        List<String> files = new ArrayList<>();
        for (String id : item.evidence()) {
            EvidenceUse use = uses.get(id);
            if (use != null && use.packedUnder().contains(item.control())) {
                files.add(EvidencePath.of(item.control(), use.item()));
            }
        }
        return files;
    }

    /** The first use of each evidence ID the items name, in one pass over the evidence's IDs. */
    public static Map<String, EvidenceUse> uses(List<TestItem> items, EvidenceUses evidence) {
        Set<String> wanted = new HashSet<>();
        items.forEach(item -> wanted.addAll(item.evidence()));
        Map<String, EvidenceUse> uses = new HashMap<>();
        EvidenceItems ids = evidence.items();
        for (int i = 0; i < evidence.size() && uses.size() < wanted.size(); i++) {
            String id = ids.id(i);
            if (wanted.contains(id) && !uses.containsKey(id)) {
                uses.put(id, evidence.get(i));
            }
        }
        return uses;
    }

    private static List<String> row(TestItem item, List<String> files) {
        ManagementResponse response = item.response().orElse(null);
        return List.of(
                item.control(),
                item.title(),
                item.sampled() ? Integer.toString(item.pick()) : "",
                item.kind(),
                item.item(),
                item.date() == null ? "" : item.date().toString(),
                String.join("; ", item.attributes()),
                String.join("; ", item.evidence()),
                String.join("; ", files),
                item.result().word(),
                item.note(),
                response == null ? "" : response.response(),
                response == null ? "" : response.owner(),
                response == null || response.targetDate() == null
                        ? ""
                        : response.targetDate().toString());
    }
}
