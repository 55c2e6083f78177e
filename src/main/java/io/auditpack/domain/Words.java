package io.auditpack.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Maps the lower-case, underscore words of the contract to enum constants and back. */
public final class Words {
    private Words() {
    }

    /** Finds the constant whose name, lower-cased, equals the trimmed word (hyphens count as underscores). */
    public static <E extends Enum<E>> Optional<E> lookup(Class<E> type, String word) {
        if (word == null) {
            return Optional.empty();
        }
        String wanted = word.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(wanted)).findFirst();
    }

    /** The contract's word for a constant: its name in lower case. */
    public static String word(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    /** Every accepted word of an enum, for "accepted values" messages. */
    public static List<String> accepted(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Words::word).toList();
    }
}
