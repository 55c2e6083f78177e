package io.auditpack.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Maps the lower-case, underscore words of the contract to enum constants and back. */
public final class Words {
    private Words() {}

    /** Finds the constant whose name, lower-cased, equals the trimmed word (hyphens count as underscores). */
    public static <E extends Enum<E>> Optional<E> lookup(Class<E> type, String word) {
        if (word == null) {
            return Optional.empty();
        }
        String wanted = word.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        return Optional.ofNullable(type.cast(BY_NAME.get(type).get(wanted)));
    }

    /** The contract's word for a constant: its name in lower case. */
    public static String word(Enum<?> value) {
        return WORDS.get(value.getDeclaringClass())[value.ordinal()];
    }

    /** Each enum's constants by name, computed once per enum (lookups run once per cell of large files). */
    private static final ClassValue<Map<String, Object>> BY_NAME = new ClassValue<>() {
        @Override
        protected Map<String, Object> computeValue(Class<?> type) {
            return Arrays.stream(type.getEnumConstants())
                    .collect(Collectors.toUnmodifiableMap(e -> ((Enum<?>) e).name(), e -> e));
        }
    };

    /** Each enum's words by ordinal, computed once per enum. */
    private static final ClassValue<String[]> WORDS = new ClassValue<>() {
        @Override
        protected String[] computeValue(Class<?> type) {
            return Arrays.stream(type.getEnumConstants())
                    .map(e -> ((Enum<?>) e).name().toLowerCase(Locale.ROOT))
                    .toArray(String[]::new);
        }
    };

    /** Every accepted word of an enum, for "accepted values" messages (computed once per enum). */
    public static List<String> accepted(Class<? extends Enum<?>> type) {
        return ACCEPTED.get(type);
    }

    private static final ClassValue<List<String>> ACCEPTED = new ClassValue<>() {
        @Override
        protected List<String> computeValue(Class<?> type) {
            return List.of(WORDS.get(type));
        }
    };

    /**
     * The {@code ;}-separated list held in the extra column {@code name} (header matched ignoring case), each part
     * trimmed, blank and repeated parts dropped; empty when there is no such column.
     */
    public static List<String> listColumn(Map<String, String> extra, String name) {
        for (Map.Entry<String, String> column : extra.entrySet()) {
            if (column.getKey().trim().equalsIgnoreCase(name)) {
                return Arrays.stream(column.getValue().split(";"))
                        .map(String::strip)
                        .filter(part -> !part.isEmpty())
                        .distinct()
                        .toList();
            }
        }
        return List.of();
    }

    /** {@code 1 file}, {@code 2 files}, {@code 0 files}: a count and its noun, singular for exactly one. */
    public static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** {@link #count(long, String, String)} for nouns that take an {@code s}: {@code count(1, "gap")}. */
    public static String count(long n, String noun) {
        return count(n, noun, noun + "s");
    }
}
