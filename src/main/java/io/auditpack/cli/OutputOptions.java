package io.auditpack.cli;

import io.auditpack.progress.ProgressBars;
import io.auditpack.progress.ProgressLines;
import io.auditpack.progress.ProgressView;
import java.util.function.Consumer;
import picocli.CommandLine.Option;

/**
 * How a command shows itself: {@code --quiet} (only the outcome and errors, no progress) and {@code --log-format}
 * ({@code text}, the default, or {@code json}: one JSON object per line, Elastic Common Schema, from Spring Boot's
 * structured logging; {@code AUDITPACK_LOG_FORMAT=json} sets it too).
 */
final class OutputOptions {
    static final String LOG_FORMAT = "AUDITPACK_LOG_FORMAT";

    @Option(names = "--quiet", description = "Prints only the outcome line and errors; no progress.")
    boolean quiet;

    @Option(
            names = "--log-format",
            paramLabel = "text|json",
            description = "text (default) or json: JSON log lines (Elastic Common Schema) instead of the report; "
                    + "also set by AUDITPACK_LOG_FORMAT=json.")
    LogFormat logFormat;

    /** The two log formats. */
    enum LogFormat {
        TEXT,
        JSON
    }

    boolean json() {
        if (logFormat != null) {
            return logFormat == LogFormat.JSON;
        }
        String fromEnv = System.getenv(LOG_FORMAT);
        return fromEnv != null && fromEnv.trim().equalsIgnoreCase("json");
    }

    /** The printer's verbosity for these options. */
    RunPrinter.Verbosity verbosity() {
        return json() ? RunPrinter.Verbosity.SILENT : quiet ? RunPrinter.Verbosity.QUIET : RunPrinter.Verbosity.FULL;
    }

    /**
     * The progress view: nothing when quiet; a bar on a terminal (text format); otherwise a line every few
     * seconds to {@code lines} (the printer, or the log in JSON format).
     */
    ProgressView progress(Consumer<String> lines) {
        if (quiet) {
            return ProgressView.NONE;
        }
        if (!json() && System.console() != null) {
            return new ProgressBars();
        }
        return ProgressLines.every(ProgressLines.EVERY, lines);
    }
}
