package io.auditpack.job;

import java.io.IOException;

/** Thrown inside a step when a stop of the run was requested: the step ends STOPPED and nothing is published. */
public final class RunStoppedException extends IOException {
    public RunStoppedException() {
        super("the run was asked to stop");
    }
}
