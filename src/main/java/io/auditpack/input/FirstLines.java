package io.auditpack.input;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The line on which each ID was first seen, IDs compared ignoring case, for telling duplicates: an open-addressing
 * table whose slots hold an ID's hash and its place in a pool, and a pool holding each ID's line and its text as first
 * written (UTF-8), about 30 bytes per ID for IDs of ten characters (a hash map of lower-cased keys and boxed lines
 * takes over 100), as evidence catalogs run to millions of rows. A slot is one {@code long}, so a lookup touches one
 * place of the table (the pool is appended to in order); an ID is decoded from the pool only when its hash equals the
 * one looked for.
 */
final class FirstLines {
    private static final long EMPTY = 0;

    /** Per slot: the hash in the high 32 bits, the pool position plus one in the low 32 (0: empty). */
    private long[] slots = new long[1024];

    private byte[] pool = new byte[4096];
    private int pooled;
    private int size;

    /** Records the line of {@code id} unless it was seen before in any case; returns the earlier line, or -1. */
    long putIfAbsent(String id, long line) {
        int hash = spread(caseFreeHash(id));
        int slot = slot(id, hash);
        if (slots[slot] != EMPTY) {
            return lineAt(position(slots[slot]));
        }
        slots[slot] = (long) hash << 32 | (pool(id, (int) Math.min(line, Integer.MAX_VALUE)) + 1L);
        if (++size * 2 > slots.length) {
            grow();
        }
        return -1;
    }

    /** The ID as first written among those equal to {@code id} ignoring case, or null when none was seen. */
    @Nullable
    String first(String id) {
        int slot = slot(id, spread(caseFreeHash(id)));
        return slots[slot] == EMPTY ? null : pooled(position(slots[slot]));
    }

    /** The slot holding {@code id} (any case), or the empty slot where it goes; the stored hash is compared first. */
    private int slot(String id, int hash) {
        int mask = slots.length - 1;
        int i = hash & mask;
        while (slots[i] != EMPTY
                && ((int) (slots[i] >>> 32) != hash
                        || !pooled(position(slots[i])).equalsIgnoreCase(id))) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private static int position(long slot) {
        return (int) slot - 1;
    }

    /** Appends the line (four bytes), the ID's UTF-8 length (two bytes), then its bytes; returns where it starts. */
    private int pool(String id, int line) {
        byte[] utf8 = id.getBytes(StandardCharsets.UTF_8);
        if (utf8.length > 0xFFFF) {
            throw new IllegalArgumentException("an ID of " + utf8.length + " bytes");
        }
        int needed = pooled + 6 + utf8.length;
        if (needed < 0 || needed == Integer.MAX_VALUE) {
            throw new IllegalStateException("more IDs than one table holds");
        }
        if (needed > pool.length) {
            pool = Arrays.copyOf(pool, (int) Math.min(Integer.MAX_VALUE - 8, Math.max(needed, pool.length * 2L)));
        }
        int at = pooled;
        pool[at] = (byte) (line >>> 24);
        pool[at + 1] = (byte) (line >>> 16);
        pool[at + 2] = (byte) (line >>> 8);
        pool[at + 3] = (byte) line;
        pool[at + 4] = (byte) (utf8.length >>> 8);
        pool[at + 5] = (byte) utf8.length;
        System.arraycopy(utf8, 0, pool, at + 6, utf8.length);
        pooled = needed;
        return at;
    }

    private int lineAt(int at) {
        return (pool[at] & 0xFF) << 24 | (pool[at + 1] & 0xFF) << 16 | (pool[at + 2] & 0xFF) << 8 | pool[at + 3] & 0xFF;
    }

    private String pooled(int at) {
        int length = (pool[at + 4] & 0xFF) << 8 | pool[at + 5] & 0xFF;
        return new String(pool, at + 6, length, StandardCharsets.UTF_8);
    }

    /**
     * Mixes every bit of a hash into the low bits that pick the slot (MurmurHash3's finaliser): IDs such as
     * {@code EV-0000001, EV-0000002 ...} have hashes that differ by small steps, which linear probing would
     * otherwise turn into long runs of neighbouring slots.
     */
    private static int spread(int hash) {
        int h = hash;
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        return h ^ h >>> 16;
    }

    /** A hash equal for strings that are {@link String#equalsIgnoreCase equal ignoring case}. */
    private static int caseFreeHash(String id) {
        int hash = 0;
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            int folded = c < 0x80
                    ? (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c)
                    : Character.toLowerCase(Character.toUpperCase(c));
            hash = 31 * hash + folded;
        }
        return hash;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        int mask = slots.length - 1;
        for (long entry : old) {
            if (entry != EMPTY) {
                int slot = (int) (entry >>> 32) & mask;
                while (slots[slot] != EMPTY) {
                    slot = (slot + 1) & mask;
                }
                slots[slot] = entry;
            }
        }
    }
}
