package io.auditpack.progress;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Progress without a terminal: every {@code every} (5 s by default) a line saying how the current step goes, once
 * that step has lasted that long; a short run prints nothing. Lines go to a printer or to the log.
 */
public final class ProgressLines implements ProgressView {
    /** The default interval between two lines. */
    public static final Duration EVERY = Duration.ofSeconds(5);

    private final ProgressMeter meter = new ProgressMeter(System::nanoTime);
    private final Consumer<String> sink;
    private final Duration every;
    private final @Nullable ScheduledExecutorService timer;

    private ProgressLines(Consumer<String> sink, Duration every, boolean timed) {
        this.sink = sink;
        this.every = every;
        if (timed) {
            ScheduledExecutorService ticking = Executors.newSingleThreadScheduledExecutor(task -> {
                Thread thread = new Thread(task, "auditpack-progress");
                thread.setDaemon(true);
                return thread;
            });
            ticking.scheduleAtFixedRate(this::tick, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
            this.timer = ticking;
        } else {
            this.timer = null;
        }
    }

    /** Prints a line every {@code every} while a step lasts longer than that. */
    public static ProgressLines every(Duration every, Consumer<String> sink) {
        return new ProgressLines(sink, every, true);
    }

    /** Without a timer: lines come only from {@link #tick} (for tests). */
    static ProgressLines manual(Duration every, Consumer<String> sink) {
        return new ProgressLines(sink, every, false);
    }

    /** Emits the progress line when the current step has lasted at least the interval. */
    void tick() {
        if (meter.elapsed().compareTo(every) >= 0) {
            sink.accept(meter.line());
        }
    }

    @Override
    public void phase(String step) {
        meter.phase(step);
    }

    @Override
    public void planned(int files) {
        meter.planned(files);
    }

    @Override
    public void packed(long bytes) {
        meter.packed(bytes);
    }

    @Override
    public void close() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
