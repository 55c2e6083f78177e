package io.auditpack.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The real command line in a JVM of its own ({@code java -cp <test classpath> io.auditpack.cli.AuditpackCli ...}),
 * for what one JVM cannot show: several processes at once, signals, a process killed. Its output goes to a file.
 * The environment is inherited, so AUDITPACK_DB_URL (PostgreSQL in CI) applies to it too.
 */
final class CliProcess {
    /** Generous: the test machine may be loaded; nothing here measures speed. */
    static final Duration DEADLINE = Duration.ofSeconds(180);

    private final Process process;
    private final Path log;

    private CliProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    static CliProcess start(Path workDir, Path log, String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-Xshare:auto",
                "-cp",
                runtimeClassPath(),
                "io.auditpack.cli.AuditpackCli"));
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command)
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(nullDevice()))
                    .start();
            return new CliProcess(process, log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The test class path without the test-only calendar parser: ical4j registers a {@code ZoneRulesProvider} that the
     * JDK loads in any process that touches a time zone, and its start-up log line would reach the run's output.
     */
    static String runtimeClassPath() {
        return java.util.Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(entry -> !entry.contains("ical4j") && !entry.contains("threeten-extra"))
                .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
    }

    long pid() {
        return process.pid();
    }

    Process process() {
        return process;
    }

    String output() {
        try {
            return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits for the process to end (within the deadline) and returns its exit code. */
    int waitFor() throws InterruptedException {
        if (!process.waitFor(DEADLINE.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the process did not end within " + DEADLINE + "\n" + output());
        }
        return process.exitValue();
    }

    /** Sends a signal by name (STOP, CONT) with kill(1). */
    void signal(String name) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(pid()))
                .inheritIO()
                .start();
        if (kill.waitFor() != 0) {
            throw new AssertionError("kill -" + name + " " + pid() + " failed");
        }
    }

    /** Polls until the condition holds, failing with this process's output after the deadline. */
    void await(String what, BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(DEADLINE);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("waited " + DEADLINE + " for " + what + "\n--- output\n" + output());
            }
            Thread.sleep(20);
        }
    }

    private static java.io.File nullDevice() {
        return new java.io.File("/dev/null");
    }
}
