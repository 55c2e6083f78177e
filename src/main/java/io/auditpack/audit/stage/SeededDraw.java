package io.auditpack.audit.stage;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * A reproducible draw that any tool can redo: each record of a control's population is ranked by the SHA-256 (hex,
 * lower case) of the UTF-8 text {@code seed|control|record}; the {@code n} lowest are drawn (ties, which SHA-256
 * makes practically impossible, by record ID). The result keeps population order. No random generator is
 * involved, so the draw does not depend on the JDK; {@code printf '%s' 'job:v0001|CM-01|EV-0001' | sha256sum}
 * gives the same key.
 */
public final class SeededDraw {
    private SeededDraw() {}

    /** The seed of a pack version: {@code <job name>:v<NNNN>}. */
    public static String seed(String job, int version) {
        return job + ":v%04d".formatted(version);
    }

    public static List<String> draw(String seed, String control, List<String> population, int n) {
        if (n <= 0) {
            return List.of();
        }
        MessageDigest digest = sha256();
        byte[] prefix = (seed + "|" + control + "|").getBytes(StandardCharsets.UTF_8);
        // the n lowest keys seen so far, the highest on top; SHA-256 bytes compared unsigned rank as their hex does
        PriorityQueue<Ranked> lowest = new PriorityQueue<>(n + 1, RANK.reversed());
        Set<String> kept = new HashSet<>();
        int index = 0;
        for (String id : population) {
            int at = index++;
            digest.update(prefix);
            byte[] key = digest.digest(id.getBytes(StandardCharsets.UTF_8));
            boolean full = lowest.size() == n;
            if (full && rank(key, id, lowest.peek()) >= 0) {
                continue; // not among the n lowest (a repeated record has its first key, already ranked)
            }
            if (!kept.add(id)) {
                continue;
            }
            if (full) {
                kept.remove(lowest.poll().id());
            }
            lowest.add(new Ranked(key, id, at));
        }
        // in population order: by the place where each drawn record first appears
        return lowest.stream()
                .sorted(Comparator.comparingInt(Ranked::at))
                .map(Ranked::id)
                .toList();
    }

    private static final Comparator<Ranked> RANK =
            Comparator.comparing(Ranked::key, Arrays::compareUnsigned).thenComparing(Ranked::id);

    private static int rank(byte[] key, String id, Ranked other) {
        int byKey = Arrays.compareUnsigned(key, other.key());
        return byKey != 0 ? byKey : id.compareTo(other.id());
    }

    /** A record, its ranking key (the raw SHA-256) and where it first appears in the population. */
    private record Ranked(byte[] key, String id, int at) {}

    /** The ranking key of one record. */
    public static String key(String seed, String control, String record) {
        return key(sha256(), seed, control, record);
    }

    private static String key(MessageDigest digest, String seed, String control, String record) {
        return HexFormat.of()
                .formatHex(digest.digest((seed + "|" + control + "|" + record).getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
