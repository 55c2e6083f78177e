package io.auditpack.audit.stage;

import io.auditpack.audit.PopulationOccurrences;
import io.auditpack.domain.AuditResult;
import io.auditpack.domain.EvidenceItem;
import io.auditpack.domain.EvidenceUses;
import io.auditpack.domain.MatchedOccurrence;
import io.auditpack.domain.Period;
import io.auditpack.domain.Population;
import io.auditpack.verdict.PopulationCheck;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Matches the populations of populations.csv to the evidence: each control's occurrences in the period with the
 * counting operational records that name them ({@link PopulationOccurrences}), and each population's counts.
 */
public final class PopulationTests {
    private PopulationTests() {}

    /** Each control's occurrences in the period, by control ID (controls in population order); empty without a period. */
    public static Map<String, List<MatchedOccurrence>> occurrences(AuditResult result, List<Population> populations) {
        Period period = result.job().period();
        Map<String, List<Population>> byControl = new LinkedHashMap<>();
        populations.forEach(p ->
                byControl.computeIfAbsent(p.controlId(), k -> new ArrayList<>()).add(p));
        if (period == null || !result.job().judgesOperation() || byControl.isEmpty()) {
            return Map.of();
        }
        Map<String, List<EvidenceItem>> records = records(result.evidence(), byControl.keySet());
        Map<String, List<MatchedOccurrence>> occurrences = new LinkedHashMap<>();
        byControl.forEach((control, list) -> occurrences.put(
                control,
                PopulationOccurrences.of(
                        list,
                        records.getOrDefault(control, List.of()),
                        period,
                        result.asOf(),
                        result.job().collectionLag())));
        return occurrences;
    }

    /** Each population with its counts; without occurrences (point-in-time packages) every row counts as in period. */
    public static List<PopulationCheck> checks(
            List<Population> populations, Map<String, List<MatchedOccurrence>> occurrences) {
        List<PopulationCheck> checks = new ArrayList<>();
        for (Population population : populations) {
            List<MatchedOccurrence> matched = occurrences.get(population.controlId());
            if (matched == null) {
                checks.add(new PopulationCheck(population, population.count(), 0, 0, 0));
                continue;
            }
            int inPeriod = 0;
            int covered = 0;
            int exceptions = 0;
            int pending = 0;
            for (MatchedOccurrence occurrence : matched) {
                if (occurrence.populationId().equals(population.id())) {
                    inPeriod++;
                    covered += occurrence.covered() ? 1 : 0;
                    exceptions += occurrence.exception() ? 1 : 0;
                    pending += occurrence.counted() ? 0 : 1;
                }
            }
            checks.add(new PopulationCheck(population, inPeriod, covered, exceptions, pending));
        }
        return checks;
    }

    /** The counting operational records of some controls, evidence order, in one pass over the evidence. */
    private static Map<String, List<EvidenceItem>> records(EvidenceUses uses, Set<String> controls) {
        Set<String> wanted = new LinkedHashSet<>(controls);
        Map<String, List<EvidenceItem>> records = new HashMap<>();
        for (int i = 0; i < uses.size(); i++) {
            if (!uses.counted(i) || !uses.items().type(i).isOperationalRecord()) {
                continue;
            }
            EvidenceItem item = null; // decoded only for a wanted control
            for (String control : uses.items().controlIds(i)) {
                if (wanted.contains(control)) {
                    item = item == null ? uses.items().get(i) : item;
                    records.computeIfAbsent(control, k -> new ArrayList<>()).add(item);
                }
            }
        }
        return records;
    }
}
