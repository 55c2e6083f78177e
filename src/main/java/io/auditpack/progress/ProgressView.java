package io.auditpack.progress;

import io.auditpack.job.RunObserver;

/** A way of showing a run's progress, closed when the run ends. */
public interface ProgressView extends RunObserver, AutoCloseable {
    /** Shows nothing. */
    ProgressView NONE = new ProgressView() {
        @Override
        public void phase(String step) {}

        @Override
        public void planned(int files) {}

        @Override
        public void packed(long bytes) {}

        @Override
        public void close() {}
    };

    @Override
    void close();
}
