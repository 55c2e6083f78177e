package io.auditpack.input;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The line on which each ID was first seen, IDs compared ignoring case, for telling duplicates: an open-addressing
 * table of hashes, lines and positions in a pool holding each ID as first written (UTF-8), about 35 bytes per ID
 * for IDs of ten characters (a hash map of lower-cased keys and boxed lines takes over 100), as evidence catalogs
 * run to millions of rows. An ID is decoded from the pool only when its hash equals the one looked for.
 */
final class FirstLines {
    private static final int EMPTY = -1;

    private int[] positions = filled(1024);
    private int[] hashes = new int[1024];
    private int[] lines = new int[1024];
    private byte[] pool = new byte[4096];
    private int pooled;
    private int size;

    /** Records the line of {@code id} unless it was seen before in any case; returns the earlier line, or -1. */
    long putIfAbsent(String id, long line) {
        int hash = spread(caseFreeHash(id));
        int slot = slot(id, hash);
        if (positions[slot] != EMPTY) {
            return lines[slot];
        }
        positions[slot] = pool(id);
        hashes[slot] = hash;
        lines[slot] = (int) Math.min(line, Integer.MAX_VALUE);
        if (++size * 2 > positions.length) {
            grow();
        }
        return -1;
    }

    /** The ID as first written among those equal to {@code id} ignoring case, or null when none was seen. */
    @Nullable
    String first(String id) {
        int slot = slot(id, spread(caseFreeHash(id)));
        return positions[slot] == EMPTY ? null : pooled(positions[slot]);
    }

    /** The slot holding {@code id} (any case), or the empty slot where it goes; the stored hash is compared first. */
    private int slot(String id, int hash) {
        int mask = positions.length - 1;
        int i = hash & mask;
        while (positions[i] != EMPTY
                && (hashes[i] != hash || !pooled(positions[i]).equalsIgnoreCase(id))) {
            i = (i + 1) & mask;
        }
        return i;
    }

    /** Appends {@code id} to the pool (its UTF-8 length in two bytes, then the bytes); returns where it starts. */
    private int pool(String id) {
        byte[] utf8 = id.getBytes(StandardCharsets.UTF_8);
        if (utf8.length > 0xFFFF) {
            throw new IllegalArgumentException("an ID of " + utf8.length + " bytes");
        }
        int needed = pooled + 2 + utf8.length;
        if (needed < 0) {
            throw new IllegalStateException("more IDs than one table holds");
        }
        if (needed > pool.length) {
            pool = Arrays.copyOf(pool, (int) Math.min(Integer.MAX_VALUE - 8, Math.max(needed, pool.length * 2L)));
        }
        int at = pooled;
        pool[at] = (byte) (utf8.length >>> 8);
        pool[at + 1] = (byte) utf8.length;
        System.arraycopy(utf8, 0, pool, at + 2, utf8.length);
        pooled = needed;
        return at;
    }

    private String pooled(int at) {
        int length = (pool[at] & 0xFF) << 8 | pool[at + 1] & 0xFF;
        return new String(pool, at + 2, length, StandardCharsets.UTF_8);
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
        int[] oldPositions = positions;
        int[] oldHashes = hashes;
        int[] oldLines = lines;
        positions = filled(oldPositions.length * 2);
        hashes = new int[oldPositions.length * 2];
        lines = new int[oldPositions.length * 2];
        int mask = positions.length - 1;
        for (int i = 0; i < oldPositions.length; i++) {
            if (oldPositions[i] != EMPTY) {
                int slot = oldHashes[i] & mask;
                while (positions[slot] != EMPTY) {
                    slot = (slot + 1) & mask;
                }
                positions[slot] = oldPositions[i];
                hashes[slot] = oldHashes[i];
                lines[slot] = oldLines[i];
            }
        }
    }

    private static int[] filled(int length) {
        int[] table = new int[length];
        Arrays.fill(table, EMPTY);
        return table;
    }
}
