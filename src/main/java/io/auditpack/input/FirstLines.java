package io.auditpack.input;

/**
 * The line on which each ID was first seen, IDs compared ignoring case, for telling duplicates: an open-addressing
 * table of the ID strings as first written, their hashes and their lines, 12 to 24 bytes per ID besides the ID (a
 * hash map of lower-cased keys and boxed lines takes over 100), as evidence catalogs run to millions of rows.
 */
final class FirstLines {
    private String[] ids = new String[1024];
    private int[] hashes = new int[1024];
    private int[] lines = new int[1024];
    private int size;

    /** Records the line of {@code id} unless it was seen before in any case; returns the earlier line, or -1. */
    long putIfAbsent(String id, long line) {
        int hash = spread(caseFreeHash(id));
        int slot = slot(ids, hashes, id, hash);
        if (ids[slot] != null) {
            return lines[slot];
        }
        ids[slot] = id;
        hashes[slot] = hash;
        lines[slot] = (int) Math.min(line, Integer.MAX_VALUE);
        if (++size * 2 > ids.length) {
            grow();
        }
        return -1;
    }

    /** The ID as first written among those equal to {@code id} ignoring case, or null when none was seen. */
    String first(String id) {
        return ids[slot(ids, hashes, id, spread(caseFreeHash(id)))];
    }

    /** The slot holding {@code id} (any case), or the empty slot where it goes; the stored hash is compared first. */
    private static int slot(String[] table, int[] tableHashes, String id, int hash) {
        int mask = table.length - 1;
        int i = hash & mask;
        while (table[i] != null && (tableHashes[i] != hash || !table[i].equalsIgnoreCase(id))) {
            i = (i + 1) & mask;
        }
        return i;
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
            int folded = c < 0x80 ? (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c)
                    : Character.toLowerCase(Character.toUpperCase(c));
            hash = 31 * hash + folded;
        }
        return hash;
    }

    private void grow() {
        String[] oldIds = ids;
        int[] oldHashes = hashes;
        int[] oldLines = lines;
        ids = new String[oldIds.length * 2];
        hashes = new int[oldIds.length * 2];
        lines = new int[oldIds.length * 2];
        for (int i = 0; i < oldIds.length; i++) {
            if (oldIds[i] != null) {
                int slot = slot(ids, hashes, oldIds[i], oldHashes[i]);
                ids[slot] = oldIds[i];
                hashes[slot] = oldHashes[i];
                lines[slot] = oldLines[i];
            }
        }
    }
}
