package io.auditpack.guard;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Who holds a job's lock: process ID, host name, when it took the lock, the run's ID and the command. Written into
 * the lock file by the holder so that a run that finds the lock taken can say which run holds it.
 */
public record LockHolder(long pid, String host, Instant started, String run, String command) {

    public LockHolder {
        Objects.requireNonNull(host, "host must not be null");
        Objects.requireNonNull(started, "started must not be null");
        Objects.requireNonNull(run, "run must not be null");
        Objects.requireNonNull(command, "command must not be null");
    }

    /** This process, starting the given run now. */
    public static LockHolder thisProcess(String run, String command) {
        return new LockHolder(ProcessHandle.current().pid(), hostName(), Instant.now(), run, command);
    }

    /** The lock file's text: one {@code key=value} per line. */
    public String format() {
        return "pid=" + pid + "\nhost=" + host + "\nstarted=" + started + "\nrun=" + run + "\ncommand=" + command
                + "\n";
    }

    /** Reads a lock file's text; empty when it is blank or not in the format written by {@link #format}. */
    public static Optional<LockHolder> parse(String text) {
        Map<String, String> values = new LinkedHashMap<>();
        text.lines().forEach(line -> {
            int eq = line.indexOf('=');
            if (eq > 0) {
                values.put(line.substring(0, eq), line.substring(eq + 1));
            }
        });
        try {
            return Optional.of(new LockHolder(
                    Long.parseLong(values.getOrDefault("pid", "")),
                    values.getOrDefault("host", "?"),
                    Instant.parse(values.getOrDefault("started", "")),
                    values.getOrDefault("run", "?"),
                    values.getOrDefault("command", "?")));
        } catch (NumberFormatException | DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** For messages: {@code pid 4242 on host build-1, started 2026-11-29T02:30:00Z (run ..., command run)}. */
    public String describe() {
        return "pid " + pid + " on host " + host + ", started " + started + " (run " + run + ", " + command + ")";
    }

    private static String hostName() {
        String fromEnv = System.getenv("HOSTNAME");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return fromEnv;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown-host";
        }
    }
}
