package io.auditpack.audit.stage;

import io.auditpack.domain.AuditResult;
import io.auditpack.domain.Control;
import io.auditpack.domain.ControlResult;
import io.auditpack.domain.EvidenceUse;
import io.auditpack.domain.MatchedOccurrence;
import io.auditpack.domain.RequirementResult;
import io.auditpack.store.EvidenceUseList;
import io.auditpack.verdict.Stage2Sample;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Draws the auditor's samples: for every implemented control that counts for an in-scope requirement of the
 * package (result order), its population is the IDs of its occurrences from populations.csv when it has any, else
 * of its operational records that count and fall in the period (input order, each once); the sample size follows
 * {@link SampleSize}; the draw is {@link SeededDraw} seeded with the job name and the pack version.
 */
public final class Stage2Sampler {
    private Stage2Sampler() {}

    public static List<Stage2Sample> sample(AuditResult result, int version) {
        return sample(result, version, Map.of());
    }

    /**
     * As above; a control with occurrences (its populations' occurrences in the period that count, by control ID) is
     * sampled from their IDs instead of its records.
     */
    public static List<Stage2Sample> sample(
            AuditResult result, int version, Map<String, List<MatchedOccurrence>> occurrences) {
        String seed = SeededDraw.seed(result.job().name(), version);
        Set<String> inScope = result.requirements().stream()
                .filter(RequirementResult::inScope)
                .flatMap(r -> r.controls().stream())
                .collect(Collectors.toSet());
        Map<String, RecordIds> populations = populations(result.evidence());
        return result.controls().stream()
                .filter(c -> c.control().implemented() && inScope.contains(c.id()))
                .map(c -> occurrences.containsKey(c.id())
                        ? sample(c, occurrenceIds(occurrences.get(c.id())), Stage2Sample.OCCURRENCE, seed)
                        : sample(c, populations.getOrDefault(c.id(), RecordIds.NONE), Stage2Sample.RECORD, seed))
                .toList();
    }

    /**
     * Per control, the IDs of its counting operational records in the period, in catalog order, each once: held as
     * positions in the evidence list (an item naming a control twice is kept once), the IDs read when used.
     */
    private static Map<String, RecordIds> populations(List<EvidenceUse> evidence) {
        EvidenceUseList uses = EvidenceUseList.copyOf(evidence);
        Map<String, RecordIds.Builder> byControl = new HashMap<>();
        for (int i = 0; i < uses.size(); i++) {
            if (!uses.counted(i) || !uses.inPeriod(i)) {
                continue;
            }
            if (uses.items().type(i).isOperationalRecord()) {
                for (String control : uses.items().controlIds(i)) {
                    byControl
                            .computeIfAbsent(control, k -> RecordIds.builder(uses.items()))
                            .add(i);
                }
            }
        }
        Map<String, RecordIds> populations = new HashMap<>();
        byControl.forEach((control, ids) -> populations.put(control, ids.build()));
        return populations;
    }

    /** The IDs of the occurrences that count (due, or already proved), in population order. */
    private static List<String> occurrenceIds(List<MatchedOccurrence> occurrences) {
        return occurrences.stream()
                .filter(MatchedOccurrence::counted)
                .map(MatchedOccurrence::id)
                .toList();
    }

    private static Stage2Sample sample(ControlResult result, List<String> population, String unit, String seed) {
        Control control = result.control();
        int size = SampleSize.of(control.frequency(), population.size());
        return new Stage2Sample(
                control.id(),
                control.title(),
                control.frequency(),
                population,
                size,
                SeededDraw.draw(seed, control.id(), population, size),
                seed,
                unit,
                SampleSize.basis(control.frequency(), population.size()));
    }
}
