package io.auditpack.audit.stage;

import io.auditpack.audit.PopulationOccurrences;
import io.auditpack.domain.AuditResult;
import io.auditpack.domain.Control;
import io.auditpack.domain.ControlResult;
import io.auditpack.domain.EvidenceItem;
import io.auditpack.domain.EvidenceItems;
import io.auditpack.domain.EvidenceUses;
import io.auditpack.domain.ManagementResponse;
import io.auditpack.domain.MatchedOccurrence;
import io.auditpack.domain.Slice;
import io.auditpack.verdict.Stage2Sample;
import io.auditpack.verdict.TestItem;
import io.auditpack.verdict.TestResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The test sheet of a sampled pack: per sampled control (sample order), one row per sampled item, then the exceptions
 * known outside the sample (due occurrences without a record, then due slices without a record). A sampled
 * occurrence passes when a record names it, else it is an exception; a sampled record passes (it counts and is in
 * the period); a control with nothing in its population has one row {@code not_tested}. Each exception carries
 * management's response to it, matched by control and item (ignoring case).
 */
public final class TestSheet {
    static final String OCCURRENCE = "occurrence";
    static final String RECORD = "record";
    static final String SLICE = "slice";
    static final String NONE = "none";

    private TestSheet() {}

    public static List<TestItem> items(
            AuditResult result,
            List<Stage2Sample> samples,
            Map<String, List<MatchedOccurrence>> occurrences,
            List<ManagementResponse> responses) {
        Map<String, ManagementResponse> answers = new HashMap<>();
        responses.forEach(r -> answers.putIfAbsent(key(r.controlId(), r.occurrence()), r));
        Map<String, ControlResult> controls = new HashMap<>();
        result.controls().forEach(c -> controls.putIfAbsent(c.id(), c));
        Map<String, EvidenceItem> records = sampledRecords(samples, result.evidence());
        List<TestItem> items = new ArrayList<>();
        for (Stage2Sample sample : samples) {
            Rows rows = new Rows(
                    Objects.requireNonNull(controls.get(sample.control()), sample.control())
                            .control(),
                    answers,
                    items);
            List<MatchedOccurrence> matched = occurrences.getOrDefault(sample.control(), List.of());
            if (sample.population().isEmpty()) {
                rows.add(0, NONE, "", null, List.of(), TestResult.NOT_TESTED, "no " + sample.unit() + " in the period");
            }
            Set<String> drawn = new HashSet<>(sample.sample());
            if (sample.ofOccurrences()) {
                int pick = 1;
                for (MatchedOccurrence occurrence : matched) {
                    if (drawn.contains(occurrence.id())) {
                        rows.occurrence(pick++, occurrence);
                    }
                }
            } else {
                int pick = 1;
                for (String id : sample.sample()) {
                    EvidenceItem record = Objects.requireNonNull(records.get(id), id);
                    rows.add(
                            pick++,
                            RECORD,
                            id,
                            record.performedOn(),
                            List.of(id),
                            TestResult.PASS,
                            "record counts and falls in the period");
                }
            }
            for (MatchedOccurrence occurrence : matched) {
                if (occurrence.exception() && !(sample.ofOccurrences() && drawn.contains(occurrence.id()))) {
                    rows.occurrence(0, occurrence);
                }
            }
            ControlResult control = controls.get(sample.control());
            if (!PopulationOccurrences.judgeOperation(control.control(), occurrences.containsKey(sample.control()))) {
                for (Slice slice : control.missingSlices()) {
                    rows.add(
                            0,
                            SLICE,
                            slice.label(),
                            slice.start(),
                            List.of(),
                            TestResult.EXCEPTION,
                            "due slice without a record (found outside the sample)");
                }
            }
        }
        return items;
    }

    /** The key a response is matched by. */
    static String key(String control, String item) {
        return PopulationOccurrences.key(control) + "|" + PopulationOccurrences.key(item);
    }

    /** The sampled records (record samples only), in one pass over the evidence. */
    private static Map<String, EvidenceItem> sampledRecords(List<Stage2Sample> samples, EvidenceUses evidence) {
        Set<String> wanted = new HashSet<>();
        samples.stream().filter(s -> !s.ofOccurrences()).forEach(s -> wanted.addAll(s.sample()));
        Map<String, EvidenceItem> records = new HashMap<>();
        EvidenceItems items = evidence.items();
        for (int i = 0; i < items.size() && records.size() < wanted.size(); i++) {
            String id = items.id(i);
            if (wanted.contains(id) && !records.containsKey(id)) {
                records.put(id, items.get(i));
            }
        }
        return records;
    }

    /** Appends the rows of one control. */
    private record Rows(Control control, Map<String, ManagementResponse> answers, List<TestItem> items) {
        void occurrence(int pick, MatchedOccurrence occurrence) {
            boolean exception = occurrence.exception();
            String where = pick == 0 ? " (found outside the sample)" : "";
            add(
                    pick,
                    OCCURRENCE,
                    occurrence.id(),
                    occurrence.occurrence().occurredOn(),
                    occurrence.evidence(),
                    exception ? TestResult.EXCEPTION : TestResult.PASS,
                    exception
                            ? "no record names this occurrence" + where
                            : "record names the occurrence (population " + occurrence.populationId() + ")");
        }

        void add(
                int pick,
                String kind,
                String item,
                @Nullable LocalDate date,
                List<String> evidence,
                TestResult result,
                String note) {
            Optional<ManagementResponse> response = result == TestResult.EXCEPTION
                    ? Optional.ofNullable(answers.get(key(control.id(), item)))
                    : Optional.empty();
            items.add(new TestItem(
                    control.id(),
                    control.title(),
                    pick,
                    kind,
                    item,
                    date,
                    control.testAttributes(),
                    evidence,
                    result,
                    note,
                    response));
        }
    }
}
