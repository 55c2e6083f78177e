package io.auditpack.audit;

import io.auditpack.domain.Control;
import io.auditpack.domain.EvidenceItem;
import io.auditpack.domain.Frequency;
import io.auditpack.domain.MatchedOccurrence;
import io.auditpack.domain.Occurrence;
import io.auditpack.domain.Period;
import io.auditpack.domain.Population;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A control's occurrences from its populations (populations.csv), each matched to the counting operational records
 * of the control whose {@code occurrence_id} names it (IDs compared ignoring case). Only occurrences dated in the
 * period are kept, in population then file order; one is due when its day plus the job's collection lag is before
 * as-of (contract section 4).
 */
public final class PopulationOccurrences {
    private PopulationOccurrences() {}

    /**
     * The occurrences of {@code populations} in {@code period}, matched to {@code records} (one control's), due at
     * {@code asOf} with a collection lag of {@code lag} days.
     */
    public static List<MatchedOccurrence> of(
            List<Population> populations, Iterable<EvidenceItem> records, Period period, LocalDate asOf, int lag) {
        Map<String, List<String>> evidence = byOccurrence(records);
        List<MatchedOccurrence> matched = new ArrayList<>();
        for (Population population : populations) {
            for (Occurrence occurrence : population.occurrences()) {
                if (period.contains(occurrence.occurredOn())) {
                    matched.add(new MatchedOccurrence(
                            occurrence,
                            population.id(),
                            occurrence.occurredOn().plusDays(lag).isBefore(asOf),
                            evidence.getOrDefault(key(occurrence.id()), List.of())));
                }
            }
        }
        return matched;
    }

    /**
     * Whether a control's operation is judged on its population rather than on slices: an {@code event} control with
     * at least one population.
     */
    public static boolean judgeOperation(Control control, List<Population> populations) {
        return judgeOperation(control, !populations.isEmpty());
    }

    /** As above, knowing whether the control has a population. */
    public static boolean judgeOperation(Control control, boolean hasPopulation) {
        return control.frequency() == Frequency.EVENT && hasPopulation;
    }

    /** The IDs of the records naming each occurrence, by lower-case occurrence ID. */
    private static Map<String, List<String>> byOccurrence(Iterable<EvidenceItem> records) {
        Map<String, List<String>> evidence = new HashMap<>();
        for (EvidenceItem record : records) {
            for (String occurrence : record.occurrenceIds()) {
                List<String> ids = evidence.computeIfAbsent(key(occurrence), k -> new ArrayList<>());
                if (!ids.contains(record.id())) {
                    ids.add(record.id());
                }
            }
        }
        return evidence;
    }

    /** The key an occurrence ID is matched by. */
    public static String key(String id) {
        return id.toLowerCase(Locale.ROOT);
    }
}
