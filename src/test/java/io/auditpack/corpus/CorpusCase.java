package io.auditpack.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Stream;

/**
 * One case of the bad-input corpus ({@code src/test/resources/corpus/<case>/}): the files it lays over the base,
 * its {@code setup} steps and its {@code expected} outcome: the exit code, the command and its arguments ({@code
 * args} after the job file, or {@code argv} instead of it), system properties set for the run, and the findings the
 * output must show (severity, code, file, line, column, value and message fragments). See the corpus README.
 */
record CorpusCase(
        String name,
        Path folder,
        int exit,
        String command,
        List<String> args,
        boolean argv,
        Map<String, String> properties,
        List<String> absent,
        List<String> output,
        boolean published,
        OptionalInt errors,
        List<Expected> findings) {

    /** One finding the output must contain, as {@code Finding.describe()} prints it. */
    record Expected(
            String severity, String code, String file, String line, String column, String value, List<String> message) {

        /** The start of the printed finding, up to the message: exact file, line, column and value. */
        String prefix(Map<String, String> placeholders) {
            StringBuilder text =
                    new StringBuilder(severity).append(' ').append(code).append(": ");
            String shownFile = Escapes.text(file, placeholders);
            if (!shownFile.isEmpty()) {
                text.append(shownFile);
                if (!line.isEmpty() && !line.equals("0")) {
                    text.append(", line ").append(line);
                }
                if (!column.isEmpty()) {
                    text.append(", column ").append(column);
                }
                String shownValue = Escapes.text(value, placeholders);
                if (!shownValue.isEmpty()) {
                    text.append(", value \"").append(shownValue).append('"');
                }
                text.append(": ");
            }
            return text.toString();
        }
    }

    static Path root() {
        try {
            return Path.of(CorpusCase.class.getResource("/corpus").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every case folder (all but {@code _base}), by name. */
    static List<CorpusCase> all() {
        try (Stream<Path> folders = Files.list(root())) {
            return folders.filter(Files::isDirectory)
                    .filter(f -> !f.getFileName().toString().startsWith("_"))
                    .sorted()
                    .map(CorpusCase::read)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CorpusCase read(Path folder) {
        List<String> lines;
        try {
            lines = Files.readAllLines(folder.resolve("expected"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Map<String, List<String>>> blocks = new ArrayList<>();
        Map<String, List<String>> block = new LinkedHashMap<>();
        for (String line : lines) {
            if (line.strip().equals("---")) {
                blocks.add(block);
                block = new LinkedHashMap<>();
            } else if (!line.isBlank() && !line.startsWith("#")) {
                int colon = line.indexOf(':');
                if (colon < 0) {
                    throw new IllegalArgumentException(folder + "/expected: not key: value: " + line);
                }
                String value = line.substring(colon + 1);
                block.computeIfAbsent(line.substring(0, colon).strip(), k -> new ArrayList<>())
                        .add(value.startsWith(" ") ? value.substring(1) : value);
            }
        }
        blocks.add(block);
        Map<String, List<String>> head = blocks.get(0);
        int exit = Integer.parseInt(one(head, "exit", null));
        String command = one(head, "command", exit == 0 ? "validate" : "run");
        boolean argv = head.containsKey("argv");
        String argLine = argv
                ? one(head, "argv", null).strip()
                : one(head, "args", "--as-of 2026-05-15").strip();
        // split on spaces, except inside {repeat N TEXT} and {seq N TEXT}
        List<String> args = argLine.isEmpty() ? List.of() : List.of(argLine.split(" (?![^{]*})"));
        Map<String, String> properties = new LinkedHashMap<>();
        for (String property : head.getOrDefault("property", List.of())) {
            int eq = property.indexOf('=');
            properties.put(
                    property.substring(0, eq).strip(),
                    property.substring(eq + 1).strip());
        }
        OptionalInt errors = head.containsKey("errors")
                ? OptionalInt.of(Integer.parseInt(one(head, "errors", null).strip()))
                : OptionalInt.empty();
        String defaultSeverity = exit == 0 ? "warning" : "error";
        List<Expected> findings = new ArrayList<>();
        for (Map<String, List<String>> b : blocks) {
            if (b.containsKey("code")) {
                findings.add(new Expected(
                        one(b, "severity", defaultSeverity),
                        one(b, "code", null),
                        one(b, "file", ""),
                        one(b, "line", ""),
                        one(b, "column", ""),
                        one(b, "value", ""),
                        b.getOrDefault("message", List.of())));
            }
        }
        return new CorpusCase(
                folder.getFileName().toString(),
                folder,
                exit,
                command,
                args,
                argv,
                properties,
                head.getOrDefault("absent", List.of()),
                head.getOrDefault("output", List.of()),
                "yes".equals(one(head, "published", "no")),
                errors,
                findings);
    }

    private static String one(Map<String, List<String>> block, String key, String fallback) {
        List<String> values = block.get(key);
        if (values == null) {
            if (fallback == null) {
                throw new IllegalArgumentException("expected file lacks \"" + key + "\"");
            }
            return fallback;
        }
        return values.get(0);
    }

    @Override
    public String toString() {
        return name;
    }
}
