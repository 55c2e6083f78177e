package io.auditpack.audit.stage;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
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
        Comparator<Ranked> rank =
                Comparator.comparing(Ranked::key, Arrays::compareUnsigned).thenComparing(Ranked::id);
        PriorityQueue<Ranked> lowest = new PriorityQueue<>(n + 1, rank.reversed());
        Set<String> kept = new HashSet<>();
        for (String id : population) {
            if (kept.contains(id)) {
                continue;
            }
            digest.update(prefix);
            Ranked ranked = new Ranked(digest.digest(id.getBytes(StandardCharsets.UTF_8)), id);
            if (lowest.size() < n) {
                lowest.add(ranked);
                kept.add(id);
            } else if (rank.compare(ranked, lowest.peek()) < 0) {
                kept.remove(lowest.poll().id());
                lowest.add(ranked);
                kept.add(id);
            }
        }
        List<String> drawn = new ArrayList<>(kept.size());
        for (String id : population) {
            if (kept.remove(id)) {
                drawn.add(id);
            }
        }
        return List.copyOf(drawn);
    }

    /** A record and its ranking key (the raw SHA-256). */
    private record Ranked(byte[] key, String id) {}

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
