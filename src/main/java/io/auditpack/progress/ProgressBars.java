package io.auditpack.progress;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.jspecify.annotations.Nullable;

/**
 * Progress on a terminal (standard error): a spinner-like bar while a step runs, and while the pack is written a
 * bar of the files packed with the megabytes written and the rate. Drawn by the {@code progressbar} library.
 */
public final class ProgressBars implements ProgressView {
    private final ProgressMeter meter = new ProgressMeter(System::nanoTime);
    private @Nullable ProgressBar bar;

    @Override
    public synchronized void phase(String step) {
        meter.phase(step);
        closeBar();
        bar = new ProgressBarBuilder()
                .setTaskName(step)
                .setInitialMax(-1)
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(250)
                .continuousUpdate()
                .hideEta()
                .build();
    }

    @Override
    public synchronized void planned(int files) {
        meter.planned(files);
        closeBar();
        bar = new ProgressBarBuilder()
                .setTaskName("packing")
                .setInitialMax(files)
                .setUnit(" files", 1)
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(250)
                .continuousUpdate()
                .build();
    }

    @Override
    public synchronized void packed(long bytes) {
        meter.packed(bytes);
        if (bar != null) {
            bar.step();
            bar.setExtraMessage(meter.volume());
        }
    }

    @Override
    public synchronized void close() {
        closeBar();
    }

    private void closeBar() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
