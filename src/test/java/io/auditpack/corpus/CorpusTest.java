package io.auditpack.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.auditpack.cli.AuditpackCli;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every case of the bad-input corpus through the real command line: the exact exit code, each expected finding
 * printed with its exact file, line, column and value (and message fragments), no stack trace, and nothing written
 * (the case folder and the folder outside it are unchanged, and no output folder appears unless the setup made one)
 * unless the case is a {@code run} that publishes.
 */
class CorpusTest {
    /** Generous: a case takes well under a second; a reader that blocks on a FIFO or loops would hang. */
    private static final Duration HANG_GUARD = Duration.ofSeconds(90);

    /** Every case; {@code -Dcorpus.only=REGEX} runs only the cases whose names match (while working on some). */
    static List<CorpusCase> cases() {
        String only = System.getProperty("corpus.only", "");
        return CorpusCase.all().stream()
                .filter(c -> only.isEmpty() || c.name().matches(only))
                .toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void givesItsExactExpectedOutcomeWithoutStackTraceAndWritesNothing(CorpusCase corpusCase, @TempDir Path tmp)
            throws IOException {
        CorpusFolder folder = CorpusFolder.make(corpusCase, tmp);
        List<String> before = folder.snapshot();
        boolean outputBefore = Files.exists(folder.output(), LinkOption.NOFOLLOW_LINKS);
        List<String> args = new ArrayList<>(List.of(corpusCase.command()));
        if (!corpusCase.argv()) {
            args.add(folder.job().toString());
        }
        corpusCase.args().forEach(arg -> args.add(Escapes.text(arg, folder.placeholders)));
        Map<String, String> properties = new LinkedHashMap<>();
        corpusCase.properties().forEach((key, value) -> properties.put(key, Escapes.text(value, folder.placeholders)));

        Result result = assertTimeoutPreemptively(HANG_GUARD, () -> withProperties(properties, () -> run(args)));

        String shown = result.toString();
        assertThat(result.exit()).as(shown).isEqualTo(corpusCase.exit());
        assertThat(result.all())
                .as(shown)
                .doesNotContain("\tat ")
                .doesNotContain("Exception")
                .doesNotContain("unexpected failure");
        List<String> lines =
                new ArrayList<>(result.all().lines().map(String::strip).toList());
        if (corpusCase.published()) {
            lines.addAll(PackFindings.describedIn(onlyPack(folder)));
        }
        for (CorpusCase.Expected expected : corpusCase.findings()) {
            String prefix = expected.prefix(folder.placeholders);
            assertThat(lines)
                    .as("a line starting with %s and containing %s in%n%s", prefix, expected.message(), shown)
                    .anySatisfy(line -> {
                        assertThat(line).startsWith(prefix);
                        expected.message()
                                .forEach(fragment ->
                                        assertThat(line).contains(Escapes.text(fragment, folder.placeholders)));
                    });
        }
        long expectedErrors = corpusCase.errors().isPresent()
                ? corpusCase.errors().getAsInt()
                : corpusCase.findings().stream()
                        .filter(f -> f.severity().equals("error"))
                        .count();
        assertThat(lines.stream().filter(line -> line.startsWith("error ")).count())
                .as("exactly the expected errors, no follow-up errors, in%n%s", shown)
                .isEqualTo(expectedErrors);
        for (String secret : corpusCase.absent()) {
            assertThat(result.all()).as(shown).doesNotContain(secret);
        }
        corpusCase
                .output()
                .forEach(fragment ->
                        assertThat(result.all()).as(shown).contains(Escapes.text(fragment, folder.placeholders)));
        if (corpusCase.exit() != 0 && !corpusCase.findings().isEmpty()) {
            assertThat(result.all()).as(shown).contains("nothing was written");
        }
        if (corpusCase.published()) {
            assertPackHoldsNone(folder, corpusCase.absent());
        } else {
            assertThat(folder.snapshot()).as("nothing written: " + shown).isEqualTo(before);
            if (!outputBefore) {
                assertThat(folder.output()).doesNotExist();
            }
        }
    }

    private static Path onlyPack(CorpusFolder folder) throws IOException {
        List<Path> zips;
        try (Stream<Path> files = Files.walk(folder.output())) {
            zips = files.filter(p -> p.toString().endsWith(".zip")).toList();
        }
        assertThat(zips).hasSize(1);
        return zips.get(0);
    }

    /**
     * The one published pack exists, none of its entries (nor its manifest) holds a forbidden text, and every
     * component of every entry name fits in 255 bytes (what file systems, unzip and Python extract).
     */
    private static void assertPackHoldsNone(CorpusFolder folder, List<String> secrets) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(onlyPack(folder)))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                names.add(entry.getName());
                for (String component : entry.getName().split("/")) {
                    assertThat(component.getBytes(StandardCharsets.UTF_8).length)
                            .as("a component of %s", entry.getName())
                            .isLessThanOrEqualTo(255);
                }
                String content = new String(zip.readAllBytes(), StandardCharsets.ISO_8859_1);
                for (String secret : secrets) {
                    assertThat(content).as(entry.getName()).doesNotContain(secret);
                }
            }
        }
        assertThat(names).anyMatch(n -> n.endsWith("/manifest-sha256.txt"));
    }

    /** Runs with the case's system properties set (a signing key, say), and restores the ones it replaced. */
    private static Result withProperties(Map<String, String> properties, Supplier<Result> run) {
        Map<String, String> replaced = new LinkedHashMap<>();
        properties.forEach((key, value) -> replaced.put(key, System.setProperty(key, value)));
        try {
            return run.get();
        } finally {
            replaced.forEach((key, old) -> {
                if (old == null) {
                    System.clearProperty(key);
                } else {
                    System.setProperty(key, old);
                }
            });
        }
    }

    private static Result run(List<String> args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = AuditpackCli.execute(
                new PrintWriter(out, true), new PrintWriter(err, true), args.toArray(String[]::new));
        return new Result(exit, out.toString(), err.toString());
    }

    record Result(int exit, String out, String err) {
        String all() {
            return out + "\n" + err;
        }

        @Override
        public String toString() {
            return "exit " + exit + "\n--- out\n" + out + "--- err\n" + err;
        }
    }
}
