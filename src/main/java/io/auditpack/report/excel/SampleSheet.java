package io.auditpack.report.excel;

import io.auditpack.domain.EvidenceItem;
import io.auditpack.domain.EvidenceItems;
import io.auditpack.domain.EvidencePath;
import io.auditpack.domain.EvidenceUse;
import io.auditpack.domain.EvidenceUses;
import io.auditpack.domain.MatchedOccurrence;
import io.auditpack.domain.Words;
import io.auditpack.report.PackContext;
import io.auditpack.verdict.Stage2Sample;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sheet {@code Sample} (period packages: iso27001-stage2 and soc2-type2): the auditor's sample, one row per drawn
 * item (pick 1..n in population order), with the control's population and sample size repeated on each row; a
 * control with an empty population has one row without a record. The seed makes the draw reproducible. An item is a
 * record, or an occurrence of populations.csv (unit {@code occurrence}: the record columns show the first record
 * proving it, blank when none does).
 */
final class SampleSheet {
    static final String NAME = "Sample";
    static final List<String> HEADER = List.of(
            "Control",
            "Title",
            "Frequency",
            "Population",
            "Sample size",
            "Drawn",
            "Pick",
            "Evidence",
            "Evidence title",
            "Type",
            "Performed on",
            "File in pack",
            "Seed",
            "Unit",
            "Item",
            "Basis");
    private static final List<Integer> WIDTHS = List.of(12, 36, 12, 11, 11, 8, 6, 14, 40, 14, 13, 50, 30, 12, 18, 36);

    private SampleSheet() {}

    static void write(StreamingWorkbook workbook, Styles styles, PackContext context) {
        List<Stage2Sample> samples = context.report().samples().controls();
        Map<String, String> proofs = proofs(samples, context.report().testing().occurrences());
        Map<String, EvidenceUse> uses =
                sampled(samples, proofs, context.result().evidence());
        TableSheet sheet = new TableSheet(workbook, styles, NAME, HEADER, WIDTHS);
        for (Stage2Sample sample : samples) {
            if (sample.sample().isEmpty()) {
                start(sheet, sample)
                        .skip(6)
                        .text(sample.seed())
                        .text(sample.unit())
                        .skip(1)
                        .text(sample.basis());
            }
            int pick = 1;
            for (String id : sample.sample()) {
                String evidenceId = sample.ofOccurrences() ? proofs.get(sample.control() + "|" + id) : id;
                EvidenceUse use = evidenceId == null ? null : uses.get(evidenceId);
                TableSheet.RowWriter row = start(sheet, sample).number(pick++);
                if (use == null) {
                    row.skip(5);
                } else {
                    EvidenceItem item = use.item();
                    String path =
                            use.packedUnder().contains(sample.control()) ? EvidencePath.of(sample.control(), item) : "";
                    row.text(item.id())
                            .text(item.title())
                            .text(Words.word(item.type()))
                            .date(item.performedOn())
                            .link(path, path);
                }
                row.text(sample.seed()).text(sample.unit()).text(id).text(sample.basis());
            }
        }
        sheet.finish();
    }

    /** The first record proving each sampled occurrence, by {@code control|occurrence}. */
    private static Map<String, String> proofs(
            List<Stage2Sample> samples, Map<String, List<MatchedOccurrence>> occurrences) {
        Map<String, String> proofs = new HashMap<>();
        for (Stage2Sample sample : samples) {
            if (sample.ofOccurrences()) {
                for (MatchedOccurrence occurrence : occurrences.getOrDefault(sample.control(), List.of())) {
                    if (occurrence.covered()) {
                        proofs.putIfAbsent(
                                sample.control() + "|" + occurrence.id(),
                                occurrence.evidence().get(0));
                    }
                }
            }
        }
        return proofs;
    }

    /** The first use of each sampled record ID (or record proving a sampled occurrence), in one pass. */
    private static Map<String, EvidenceUse> sampled(
            List<Stage2Sample> samples, Map<String, String> proofs, EvidenceUses evidence) {
        Set<String> wanted = new HashSet<>(proofs.values());
        samples.stream().filter(s -> !s.ofOccurrences()).forEach(sample -> wanted.addAll(sample.sample()));
        Map<String, EvidenceUse> uses = new HashMap<>();
        EvidenceItems items = evidence.items();
        for (int i = 0; i < evidence.size() && uses.size() < wanted.size(); i++) {
            String id = items.id(i);
            if (wanted.contains(id) && !uses.containsKey(id)) {
                uses.put(id, evidence.get(i));
            }
        }
        return uses;
    }

    private static TableSheet.RowWriter start(TableSheet sheet, Stage2Sample sample) {
        return sheet.row()
                .text(sample.control())
                .text(sample.title())
                .text(sample.frequency().word())
                .number(sample.population().size())
                .number(sample.sampleSize())
                .number(sample.sample().size());
    }
}
