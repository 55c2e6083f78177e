package io.auditpack.cli;

import io.auditpack.progress.ProgressView;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * How one run is carried out and shown: how long it waits for the job's lock, and the output options. The command
 * name goes into the lock file.
 */
record RunStyle(Duration lockWait, OutputOptions output, String command) {

    BatchContext.LogSetup logs() {
        return new BatchContext.LogSetup(output.json(), output.json());
    }

    ProgressView progress(RunPrinter printer, String job) {
        Consumer<String> lines = output.json() ? line -> RunLog.progress(job, line) : printer::progress;
        return output.progress(lines);
    }

    Consumer<String> notices(RunPrinter printer, String job) {
        return output.json() ? text -> RunLog.notice(job, text) : printer::notice;
    }
}
