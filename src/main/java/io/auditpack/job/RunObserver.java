package io.auditpack.job;

import io.auditpack.pack.PackProgress;

/** Hears how a run goes: each step as it begins, and the files of the pack as they are written. */
public interface RunObserver extends PackProgress {
    /** Hears nothing. */
    RunObserver NONE = new RunObserver() {
        @Override
        public void phase(String step) {}

        @Override
        public void planned(int files) {}

        @Override
        public void packed(long bytes) {}
    };

    /** A step of the run ({@code read}, {@code validate}, {@code compute}, {@code assemble}, {@code publish}) begins. */
    void phase(String step);
}
