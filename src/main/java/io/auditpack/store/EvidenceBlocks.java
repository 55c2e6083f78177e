package io.auditpack.store;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Where an {@link EvidenceList}'s encoded items live: blocks of bytes kept once written, read back by number. An
 * implementation decides where (on the heap, or in a file mapped into memory, as the reader's does) and must be safe
 * for concurrent reads.
 */
public interface EvidenceBlocks {
    /** Keeps {@code length} bytes of {@code block} (the caller reuses the array); returns the block's number. */
    int keep(byte[] block, int length);

    /**
     * The bytes of block {@code number}, to be read only, with absolute gets (calls may share a buffer); a block on
     * the heap may expose its array, which readers then read directly.
     */
    ByteBuffer block(int number);

    /** No more blocks will be kept. */
    default void seal() {}

    /** Blocks kept as arrays on the heap. */
    static EvidenceBlocks onHeap() {
        return new EvidenceBlocks() {
            private final List<byte[]> kept = new ArrayList<>();

            @Override
            public int keep(byte[] block, int length) {
                kept.add(Arrays.copyOf(block, length));
                return kept.size() - 1;
            }

            @Override
            public ByteBuffer block(int number) {
                return ByteBuffer.wrap(kept.get(number));
            }
        };
    }
}
