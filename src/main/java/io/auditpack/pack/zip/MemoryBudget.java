package io.auditpack.pack.zip;

import java.util.concurrent.atomic.AtomicLong;

/** The memory that prepared entries may hold on the heap, shared by the workers that prepare them. */
final class MemoryBudget {
    private final AtomicLong left;

    MemoryBudget(long bytes) {
        this.left = new AtomicLong(bytes);
    }

    /** Takes {@code bytes} when that many are left; false (nothing taken) otherwise. */
    boolean take(long bytes) {
        while (true) {
            long now = left.get();
            if (now < bytes) {
                return false;
            }
            if (left.compareAndSet(now, now - bytes)) {
                return true;
            }
        }
    }

    /** Gives {@code bytes} back (a negative number takes them without asking: an entry kept a little more). */
    void give(long bytes) {
        left.addAndGet(bytes);
    }
}
