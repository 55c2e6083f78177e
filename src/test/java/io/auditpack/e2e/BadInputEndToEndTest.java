package io.auditpack.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each bad input the contract names, made in a copy of the small scenario and run through the real command line:
 * exit 2, a message naming the file, the line and the value, no stack trace, and nothing written.
 */
class BadInputEndToEndTest {

    @FunctionalInterface
    interface Damage {
        void apply(Scenario scenario) throws IOException;
    }

    static Stream<Arguments> badInputs() {
        return Stream.of(
                arguments(
                        "an unknown control in the crosswalk",
                        (Damage) s -> append(s.input("mappings.csv"), "C-99,SOC2,CC6.1,,,typo\n"),
                        "mappings.csv",
                        "line 9",
                        "C-99"),
                arguments(
                        "an unknown requirement",
                        (Damage) s -> append(s.input("mappings.csv"), "C-01,SOC2,CC10.1,,,no such criterion\n"),
                        "mappings.csv",
                        "line 9",
                        "CC10.1"),
                arguments(
                        "a duplicate control ID",
                        (Damage) s -> append(
                                s.input("controls.csv"),
                                "C-01,Again,,x@example.test,monthly,prod,Proof,implemented,no,IT\n"),
                        "controls.csv",
                        "line 8",
                        "C-01"),
                arguments(
                        "an impossible date",
                        (Damage) s ->
                                replace(s.input("evidence.csv"), "2026-01-15,,,2026-01-15", "2026-02-30,,,2026-03-01"),
                        "evidence.csv",
                        "line 5",
                        "2026-02-30"),
                arguments(
                        "an unbalanced quote",
                        (Damage) s -> replace(
                                s.input("controls.csv"),
                                "C-02,Monthly vulnerability scan,",
                                "C-02,\"Monthly vulnerability scan,"),
                        "controls.csv",
                        "line",
                        ""),
                arguments(
                        "a missing required column",
                        (Damage) s -> replace(s.input("controls.csv"), ",frequency,", ",how_often,"),
                        "controls.csv",
                        "line 1",
                        "frequency"),
                arguments(
                        "a non-UTF-8 byte",
                        (Damage) s -> writeBytes(
                                s.input("controls.csv"),
                                Files.readString(s.input("controls.csv"))
                                        .replace("Change approval", "Change appr\u00e9val")
                                        .getBytes(StandardCharsets.ISO_8859_1)),
                        "controls.csv",
                        "line 4",
                        ""),
                arguments(
                        "an exclusion without a justification",
                        (Damage) s -> Files.writeString(
                                s.input("applicability.csv"),
                                "framework,requirement_id,applicable,justification\n" + "ISO27001,A.7.1,no,\n"),
                        "applicability.csv",
                        "line 2",
                        "A.7.1"),
                arguments(
                        "a period that ends before it starts",
                        (Damage) s -> replace(s.job(), "end: 2026-06-30", "end: 2025-06-30"),
                        "soc2-type2.yaml",
                        "line",
                        "2025-06-30"),
                arguments(
                        "an unknown job key",
                        (Damage) s -> append(s.job(), "retention: 7y\n"),
                        "soc2-type2.yaml",
                        "line 10",
                        "retention"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void isRefusedWithExitTwoNamingFileLineAndValueAndNothingIsWritten(
            String what, Damage damage, String file, String line, String value, @TempDir Path folder)
            throws IOException {
        Scenario scenario = Scenario.copy("small-soc2", folder);
        damage.apply(scenario);

        Cli run = Cli.run("run", scenario.job().toString(), "--as-of", "2026-05-15");

        assertThat(run.exit()).as(run.toString()).isEqualTo(2);
        assertThat(run.err())
                .as(run.toString())
                .contains(file)
                .contains(line)
                .contains(value)
                .doesNotContain("Exception")
                .doesNotContain("\tat ");
        assertThat(scenario.output()).doesNotExist();

        Cli validate = Cli.run("validate", scenario.job().toString(), "--as-of", "2026-05-15");
        assertThat(validate.exit()).as(validate.toString()).isEqualTo(2);
        assertThat(scenario.output()).doesNotExist();
    }

    private static void append(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardOpenOption.APPEND);
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        if (!text.contains(from)) {
            throw new IllegalArgumentException(file + " does not contain " + from);
        }
        Files.writeString(file, text.replace(from, to));
    }

    private static void writeBytes(Path file, byte[] bytes) throws IOException {
        Files.write(file, bytes);
    }
}
