package io.auditpack.audit.stage;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A reproducible draw that any tool can redo: each record of a control's population is ranked by the SHA-256 (hex,
 * lower case) of the UTF-8 text {@code seed|control|record}; the {@code n} lowest are drawn (ties, which SHA-256
 * makes practically impossible, by record ID). The result keeps population order. No random generator is
 * involved, so the draw does not depend on the JDK; {@code printf '%s' 'job:v0001|CM-01|EV-0001' | sha256sum}
 * gives the same key.
 */
public final class SeededDraw {
    private SeededDraw() {
    }

    /** The seed of a pack version: {@code <job name>:v<NNNN>}. */
    public static String seed(String job, int version) {
        return job + ":v%04d".formatted(version);
    }

    public static List<String> draw(String seed, String control, List<String> population, int n) {
        MessageDigest digest = sha256();
        Set<String> drawn = population.stream().distinct()
                .map(id -> new String[] {key(digest, seed, control, id), id})
                .sorted(Comparator.comparing((String[] ranked) -> ranked[0]).thenComparing(ranked -> ranked[1]))
                .limit(Math.max(0, n))
                .map(ranked -> ranked[1])
                .collect(Collectors.toSet());
        return population.stream().filter(drawn::contains).distinct().toList();
    }

    /** The ranking key of one record. */
    public static String key(String seed, String control, String record) {
        return key(sha256(), seed, control, record);
    }

    private static String key(MessageDigest digest, String seed, String control, String record) {
        return HexFormat.of().formatHex(
                digest.digest((seed + "|" + control + "|" + record).getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
