package io.auditpack.cli;

import io.auditpack.guard.UnsafePathException;
import io.auditpack.input.InputException;
import io.auditpack.pack.sign.SigningKeyException;
import java.io.PrintWriter;
import picocli.CommandLine;

/** Entry point: parses the command line, runs the command, exits with the contract's exit code. */
public final class AuditpackCli {
    private AuditpackCli() {}

    public static void main(String[] args) {
        int code;
        try {
            // the process exits when the command returns, so a run may start its Spring context early
            code = execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), true, args);
        } catch (OutOfMemoryError e) {
            // the heap is too small for these inputs: say so plainly (a run's staging folder is removed on the way
            // out, and nothing half-built is ever published)
            System.err.println("auditpack: out of memory: the Java heap (at most "
                    + Runtime.getRuntime().maxMemory() / (1 << 20) + " MiB) is too small for this run; give it more,"
                    + " e.g. AUDITPACK_JAVA_OPTS=-Xmx1g (docs/performance.md lists what runs need)");
            code = ExitCodes.UNEXPECTED;
        }
        System.exit(code);
    }

    /** Runs a command line on the standard streams and returns its exit code. */
    public static int execute(String... args) {
        return execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs a command line printing to the given writers (tests read them back) and returns its exit code. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        return execute(out, err, false, args);
    }

    /**
     * As above; {@code startContextEarly}: {@code run} starts its Spring context while it reads the inputs (a
     * context it then does not need is left to finish on a throwaway database, so the caller should exit soon).
     */
    static int execute(PrintWriter out, PrintWriter err, boolean startContextEarly, String... args) {
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                K command = CommandLine.defaultFactory().create(type);
                if (command instanceof RunCommand run) {
                    run.startContextEarly = startContextEarly;
                }
                return command;
            }
        };
        CommandLine commandLine = new CommandLine(new AuditpackCommand(), factory);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler(AuditpackCli::handle);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        return commandLine.execute(args);
    }

    private static int handle(Exception failure, CommandLine commandLine, CommandLine.ParseResult parsed) {
        PrintWriter err = commandLine.getErr();
        if (failure instanceof InputException input) {
            input.findings().forEach(finding -> err.println(finding.describe()));
            err.println("auditpack: nothing was written (exit 2)");
            return ExitCodes.BAD_INPUT;
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnsafePathException unsafe) {
                err.println("auditpack: refused: " + unsafe.getMessage());
                err.println("auditpack: nothing was written (exit 1)");
                return ExitCodes.UNEXPECTED;
            }
            if (cause instanceof HistoryUnavailableException history) {
                err.println("auditpack: " + history.getMessage());
                err.println("auditpack: nothing was written (exit 1); AUDITPACK_DEBUG=1 prints the stack trace");
                debug(failure, err);
                return ExitCodes.UNEXPECTED;
            }
            if (cause instanceof SigningKeyException key) {
                err.println(
                        "auditpack: signing key (auditpack.signing-key / AUDITPACK_SIGNING_KEY): " + key.getMessage());
                err.println("auditpack: nothing was written (exit 2)");
                return ExitCodes.BAD_INPUT;
            }
        }
        err.println(
                "auditpack: unexpected failure: " + failure.getClass().getSimpleName() + ": " + failure.getMessage());
        err.println("auditpack: no partial pack was published; set AUDITPACK_DEBUG=1 for the stack trace");
        debug(failure, err);
        return ExitCodes.UNEXPECTED;
    }

    private static void debug(Exception failure, PrintWriter err) {
        if (System.getenv(BatchContext.DEBUG) != null) {
            failure.printStackTrace(err);
        }
    }
}
