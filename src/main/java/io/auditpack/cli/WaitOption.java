package io.auditpack.cli;

import java.time.Duration;
import picocli.CommandLine.Option;

/** {@code --wait}: how long a run waits for another run of the same job to finish before it gives up. */
final class WaitOption {
    @Option(
            names = "--wait",
            paramLabel = "DURATION",
            defaultValue = "10s",
            converter = DurationConverter.class,
            description = "How long to wait when another run of the same job holds it (default 10s; 0 = refuse "
                    + "at once; e.g. 90s, 5m, 1h).")
    Duration wait;
}
