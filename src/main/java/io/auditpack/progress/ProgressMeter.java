package io.auditpack.progress;

import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Counts a run's progress: the current step, the pack's files planned and written, the bytes written, and the
 * elapsed time, from a clock in nanoseconds. Thread-safe: the run writes, a timer or a bar reads.
 */
final class ProgressMeter {
    private final LongSupplier nanos;
    private String phase = "start";
    private long phaseStart;
    private int planned;
    private int files;
    private long bytes;

    ProgressMeter(LongSupplier nanos) {
        this.nanos = nanos;
        this.phaseStart = nanos.getAsLong();
    }

    synchronized void phase(String step) {
        phase = step;
        phaseStart = nanos.getAsLong();
        planned = 0;
        files = 0;
        bytes = 0;
    }

    synchronized void planned(int count) {
        planned = count;
    }

    synchronized void packed(long size) {
        files++;
        bytes += size;
    }

    synchronized Duration elapsed() {
        return Duration.ofNanos(nanos.getAsLong() - phaseStart);
    }

    synchronized int files() {
        return files;
    }

    /** Megabytes per second written in this phase. */
    synchronized double megabytesPerSecond() {
        double seconds = (nanos.getAsLong() - phaseStart) / 1e9;
        return seconds <= 0 ? 0 : bytes / 1e6 / seconds;
    }

    /** {@code 3.2 MB, 1.1 MB/s}. */
    synchronized String volume() {
        return String.format(Locale.ROOT, "%.1f MB, %.1f MB/s", bytes / 1e6, megabytesPerSecond());
    }

    /** One line: {@code assemble: 120/504 files packed, 34.2 MB, 12.1 MB/s (3.0 s)}. */
    synchronized String line() {
        String seconds = String.format(Locale.ROOT, "%.1f s", elapsed().toMillis() / 1000.0);
        if (planned == 0) {
            return phase + ": running (" + seconds + ")";
        }
        return phase + ": " + files + "/" + planned + " files packed, " + volume() + " (" + seconds + ")";
    }
}
