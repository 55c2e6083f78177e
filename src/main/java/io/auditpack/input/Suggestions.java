package io.auditpack.input;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Finds the one accepted word a user most likely meant: same word in another case, or within two edits. */
final class Suggestions {
    private static final int MAX_DISTANCE = 2;

    private Suggestions() {}

    /** The unique closest candidate (case-insensitive equal first, then edit distance at most 2), if any. */
    static Optional<String> closest(String written, Collection<String> candidates) {
        if (written == null || written.isBlank()) {
            return Optional.empty();
        }
        String wanted = written.trim().toLowerCase(Locale.ROOT);
        List<String> sameIgnoringCase = candidates.stream()
                .filter(c -> c.toLowerCase(Locale.ROOT).equals(wanted))
                .distinct()
                .toList();
        if (!sameIgnoringCase.isEmpty()) {
            return sameIgnoringCase.size() == 1 ? Optional.of(sameIgnoringCase.get(0)) : Optional.empty();
        }
        int best = Integer.MAX_VALUE;
        String found = null;
        boolean tie = false;
        for (String candidate : candidates) {
            if (Math.abs(candidate.length() - wanted.length()) > MAX_DISTANCE) {
                continue; // too far apart in length to be a near miss: skip the costly distance (huge cells)
            }
            int distance = distance(wanted, candidate.toLowerCase(Locale.ROOT));
            if (distance < best) {
                best = distance;
                found = candidate;
                tie = false;
            } else if (distance == best && !candidate.equals(found)) {
                tie = true;
            }
        }
        return best <= MAX_DISTANCE && !tie ? Optional.ofNullable(found) : Optional.empty();
    }

    /** {@code  (did you mean "x"?)} for the closest candidate, or an empty string. */
    static String didYouMean(String written, Collection<String> candidates) {
        return hint(closest(written, candidates));
    }

    static String hint(Optional<String> suggestion) {
        return suggestion.map(s -> " (did you mean \"" + s + "\"?)").orElse("");
    }

    /** Levenshtein distance: insertions, deletions and substitutions. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
