package io.auditpack.e2e;

import io.auditpack.cli.AuditpackCli;
import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the real command line in this JVM and keeps what it printed. */
record Cli(int exit, String out, String err) {

    static Cli run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = AuditpackCli.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Cli(exit, out.toString(), err.toString());
    }

    /** Everything it printed, standard output then standard error. */
    String all() {
        return out + "\n" + err;
    }

    @Override
    public String toString() {
        return "exit " + exit + "\n--- out\n" + out + "--- err\n" + err;
    }
}
