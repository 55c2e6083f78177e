package io.auditpack.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Where the job repository and run history live. By default an H2 file database in {@code <output>/.auditpack/}
 * opened in automatic mixed mode (the first process serves it to the others, so a scheduler and hand-started
 * commands share it). {@code AUDITPACK_DB_URL} (or the system property {@code auditpack.db.url}) selects another
 * JDBC database, e.g. {@code jdbc:postgresql://db.internal:5432/auditpack}, with {@code AUDITPACK_DB_USER} and
 * {@code AUDITPACK_DB_PASSWORD} (or {@code auditpack.db.user}, {@code auditpack.db.password}); Spring Batch's
 * schema for that database is created on first use.
 */
record Database(String url, String user, String password, boolean embedded) {
    static final String URL = "AUDITPACK_DB_URL";
    static final String USER = "AUDITPACK_DB_USER";
    static final String PASSWORD = "AUDITPACK_DB_PASSWORD";

    /** The database for an output folder, as the environment says. */
    static Database forOutput(Path outputRoot) {
        return forOutput(outputRoot, Database::setting);
    }

    static Database forOutput(Path outputRoot, UnaryOperator<String> settings) {
        String url = settings.apply(URL);
        if (url == null || url.isBlank()) {
            return new Database(
                    "jdbc:h2:file:"
                            + BatchContext.databaseFolder(outputRoot)
                                    .resolve("history")
                                    .toAbsolutePath() + ";AUTO_SERVER=TRUE",
                    "sa",
                    "",
                    true);
        }
        String user = settings.apply(USER);
        String password = settings.apply(PASSWORD);
        return new Database(url.trim(), user == null ? "" : user, password == null ? "" : password, false);
    }

    /** Whether a run history may exist for this output folder (always, for a configured database). */
    boolean mayHoldHistory(Path outputRoot) {
        return !embedded || Files.exists(BatchContext.databaseFolder(outputRoot).resolve("history.mv.db"));
    }

    /** Whether this is a PostgreSQL database (what {@code run-all --distributed} and {@code worker} need). */
    boolean postgres() {
        return !embedded && url.startsWith("jdbc:postgresql:");
    }

    /** The usage error of a distributed command without PostgreSQL: what to configure. */
    static String distributedNeedsPostgres(String command) {
        return command + " needs the run history in PostgreSQL, shared by the manager and every worker: set "
                + URL + "=jdbc:postgresql://HOST:5432/DATABASE, " + USER + " and " + PASSWORD
                + " (the same on every host; docs/scale-out.md); without them run-all runs every job in this process";
    }

    /** Where the history lives, for messages: the H2 file, or the JDBC URL of a configured database. */
    String describe(Path outputRoot) {
        return embedded
                ? BatchContext.databaseFolder(outputRoot)
                        .resolve(HistoryRepair.FILE)
                        .toString()
                : "at "
                        + url.replaceAll("(?i)(password=)[^&;]*", "$1***")
                                .replaceAll("//([^/@:]+):[^/@]*@", "//$1:***@");
    }

    void into(Map<String, Object> properties) {
        properties.put("spring.datasource.url", url);
        properties.put("spring.datasource.username", user);
        properties.put("spring.datasource.password", password);
        // Creates Spring Batch's tables for the database's platform when they are missing (errors from tables that
        // already exist are skipped: spring.batch.jdbc.continue-on-error is true by default).
        properties.put("spring.batch.jdbc.initialize-schema", "always");
    }

    private static String setting(String name) {
        String property =
                System.getProperty(name.toLowerCase(java.util.Locale.ROOT).replace('_', '.'));
        return property != null ? property : System.getenv(name);
    }
}
