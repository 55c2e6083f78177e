package io.auditpack.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.LocalDate;

/** Options shared by the commands that run or validate a job. */
final class JobOptions {
    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
            description = "Pins \"today\" (default: the job's as_of, else the current date in the job's time zone).")
    LocalDate asOf;

    @Option(names = "--input", paramLabel = "DIR", description = "Input folder instead of the job's.")
    Path input;

    @Option(names = "--output", paramLabel = "DIR", description = "Output folder instead of the job's.")
    Path output;
}
