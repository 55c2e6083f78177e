package io.auditpack.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.auditpack.domain.Finding;
import io.auditpack.domain.JobDefinition;
import io.auditpack.domain.PackageType;
import io.auditpack.domain.Period;
import io.auditpack.domain.Soc2Category;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobFileReaderTest {
    private static final String VALID = """
            name: soc2-type2-2026
            package: soc2-type2
            organization: Example Corp
            system: Example Platform
            period: { start: 2026-01-01, end: "2026-12-31" }
            soc2_categories: [availability, confidentiality]
            schedule: "0 30 2 * * *"
            time_zone: Europe/Paris
            input: data/in
            output: /srv/packs
            """;

    @TempDir
    Path dir;

    private Path job(String text) throws Exception {
        Path jobs = Files.createDirectories(dir.resolve("jobs"));
        return Files.writeString(jobs.resolve("job.yaml"), text);
    }

    private List<Finding> errors(String text) throws Exception {
        Path file = job(text);
        return catchThrowableOfType(InputException.class, () -> JobFileReader.read(file))
                .findings();
    }

    @Test
    void validJobIsReadWithQuotedAndUnquotedDatesAndFoldersFromTheProjectRoot() throws Exception {
        JobDefinition job = JobFileReader.read(job(VALID));

        assertThat(job.name()).isEqualTo("soc2-type2-2026");
        assertThat(job.packageType()).isEqualTo(PackageType.SOC2_TYPE2);
        assertThat(job.period()).isEqualTo(new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
        assertThat(job.soc2Categories())
                .containsExactlyInAnyOrder(
                        Soc2Category.SECURITY, Soc2Category.AVAILABILITY, Soc2Category.CONFIDENTIALITY);
        assertThat(job.schedule()).isEqualTo("0 30 2 * * *");
        assertThat(job.timeZone()).isEqualTo(ZoneId.of("Europe/Paris"));
        assertThat(job.input())
                .isEqualTo(dir.toAbsolutePath().resolve("data/in").normalize());
        assertThat(job.output()).isEqualTo(Path.of("/srv/packs"));
        assertThat(job.file())
                .isEqualTo(dir.resolve("jobs/job.yaml").toAbsolutePath().normalize());
    }

    @Test
    void minimalPointInTimeJobGetsTheDefaults() throws Exception {
        Path file = Files.writeString(dir.resolve("type1.yaml"), """
                name: t1
                package: soc2-type1
                organization: Example Corp
                system: Example Platform
                as_of: 2026-06-30
                """);

        JobDefinition job = JobFileReader.read(file);

        assertThat(job.period()).isNull();
        assertThat(job.asOf()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(job.soc2Categories()).containsExactly(Soc2Category.SECURITY);
        assertThat(job.timeZone()).isEqualTo(ZoneId.of("UTC"));
        assertThat(job.input()).isEqualTo(dir.toAbsolutePath().resolve("input"));
        assertThat(job.output()).isEqualTo(dir.toAbsolutePath().resolve("output"));
        assertThat(job.schedule()).isNull();
        assertThat(job.collectionLag()).isZero();
    }

    @Test
    void collectionLagIsReadInDays() throws Exception {
        assertThat(JobFileReader.read(job(VALID + "collection_lag: 5d\n")).collectionLag())
                .isEqualTo(5);
        assertThat(JobFileReader.read(job(VALID + "collection_lag: 0d\n")).collectionLag())
                .isZero();
        assertThat(JobFileReader.read(job(VALID + "collection_lag: \"366d\"\n")).collectionLag())
                .isEqualTo(366);
    }

    @Nested
    class Refused {
        @Test
        void collectionLagThatIsNotANumberOfDaysIsNamedWithLineColumnAndValue() throws Exception {
            for (String bad : List.of("5", "5 days", "-1d", "5D", "1w", "367d", "1000d")) {
                List<Finding> errors = errors(VALID + "collection_lag: " + bad + "\n");

                assertThat(errors)
                        .as(bad)
                        .singleElement()
                        .extracting(Finding::code, Finding::line, Finding::column, Finding::value)
                        .containsExactly("input.job", 11L, "17", bad);
                assertThat(errors.get(0).message()).contains("collection_lag").contains("0d to 366d");
            }
        }

        @Test
        void blankCollectionLagIsAnError() throws Exception {
            assertThat(errors(VALID + "collection_lag: \"\"\n"))
                    .singleElement()
                    .extracting(Finding::line, Finding::value)
                    .containsExactly(11L, "");
        }

        @Test
        void unknownKeyIsNamedWithItsPositionASuggestionAndTheAcceptedKeys() throws Exception {
            List<Finding> errors = errors(VALID + "scheduel: daily\n");

            assertThat(errors)
                    .singleElement()
                    .extracting(Finding::code, Finding::line, Finding::column, Finding::value)
                    .containsExactly("input.job", 11L, "1", "scheduel");
            assertThat(errors.get(0).file()).endsWith("job.yaml");
            assertThat(errors.get(0).message())
                    .contains("did you mean \"schedule\"")
                    .contains("accepted keys: name, package, organization");
        }

        @Test
        void missingNameIsAnError() throws Exception {
            List<Finding> errors = errors(VALID.replace("name: soc2-type2-2026\n", ""));

            assertThat(errors)
                    .singleElement()
                    .satisfies(f -> assertThat(f.message()).startsWith("missing required key \"name\""));
        }

        @Test
        void unknownPackageSuggestsTheClosest() throws Exception {
            List<Finding> errors = errors(VALID.replace("package: soc2-type2", "package: soc2-typ2"));

            assertThat(errors)
                    .singleElement()
                    .extracting(Finding::line, Finding::column, Finding::value)
                    .containsExactly(2L, "10", "soc2-typ2");
            assertThat(errors.get(0).message()).contains("did you mean \"soc2-type2\"");
        }

        @Test
        void typeTwoWithoutPeriodIsAnError() throws Exception {
            List<Finding> errors = errors(VALID.replace("period: { start: 2026-01-01, end: \"2026-12-31\" }\n", ""));

            assertThat(errors)
                    .singleElement()
                    .satisfies(f -> assertThat(f.message()).contains("key \"period\" is required"));
        }

        @Test
        void typeOneWithPeriodSuggestsAsOf() throws Exception {
            List<Finding> errors = errors(VALID.replace("package: soc2-type2", "package: soc2-type1"));

            assertThat(errors).singleElement().extracting(Finding::line).isEqualTo(5L);
            assertThat(errors.get(0).message()).contains("as_of");
        }

        @Test
        void endBeforeStartIsAnErrorOnTheEnd() throws Exception {
            List<Finding> errors = errors(VALID.replace("\"2026-12-31\"", "2025-12-31"));

            assertThat(errors)
                    .singleElement()
                    .extracting(Finding::line, Finding::column, Finding::value)
                    .containsExactly(5L, "35", "2025-12-31");
        }

        @Test
        void impossibleDateIsNamedWithLineColumnAndValue() throws Exception {
            List<Finding> errors = errors(VALID.replace("start: 2026-01-01", "start: 2026-02-30"));

            assertThat(errors)
                    .singleElement()
                    .extracting(Finding::line, Finding::column, Finding::value)
                    .containsExactly(5L, "18", "2026-02-30");
            assertThat(errors.get(0).message()).contains("period.start");
        }

        @Test
        void badCronAndBadTimeZoneAreBothReported() throws Exception {
            List<Finding> errors =
                    errors(VALID.replace("0 30 2 * * *", "30 2 * * *").replace("Europe/Paris", "europe/paris"));

            assertThat(errors)
                    .extracting(Finding::line, Finding::value)
                    .containsExactly(tuple(7L, "30 2 * * *"), tuple(8L, "europe/paris"));
            assertThat(errors.get(0).message()).contains("6-field cron");
            assertThat(errors.get(1).message()).contains("did you mean \"Europe/Paris\"");
        }

        @Test
        void duplicateKeyIsAnError() throws Exception {
            List<Finding> errors = errors(VALID + "name: again\n");

            assertThat(errors)
                    .singleElement()
                    .extracting(Finding::line, Finding::value)
                    .containsExactly(11L, "name");
        }

        @Test
        void badNameAndUnknownCategoryAreReported() throws Exception {
            List<Finding> errors = errors(VALID.replace("name: soc2-type2-2026", "name: SOC2 Type 2")
                    .replace("confidentiality]", "privacyy]"));

            assertThat(errors)
                    .extracting(Finding::line, Finding::value)
                    .containsExactly(tuple(1L, "SOC2 Type 2"), tuple(6L, "privacyy"));
            assertThat(errors.get(1).message()).contains("did you mean \"privacy\"");
        }

        @Test
        void emptyFileNonMappingAndNonUtf8AreErrors() throws Exception {
            assertThat(errors(""))
                    .singleElement()
                    .satisfies(f -> assertThat(f.message()).contains("empty"));
            assertThat(errors("- a\n- b\n"))
                    .singleElement()
                    .satisfies(f -> assertThat(f.message()).contains("not a mapping"));
            Path latin1 = job("name: caf\u00e9\n");
            Files.write(latin1, "name: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
            InputException e = catchThrowableOfType(InputException.class, () -> JobFileReader.read(latin1));
            assertThat(e.findings())
                    .singleElement()
                    .extracting(Finding::line, Finding::value)
                    .containsExactly(1L, "0xE9");
            assertThat(e.getMessage()).startsWith("error input.job: ").contains("line 1");
        }

        @Test
        void invalidYamlNamesItsPosition() throws Exception {
            List<Finding> errors = errors("name: a\npackage: [soc2\n");

            assertThat(errors).singleElement().satisfies(f -> {
                assertThat(f.line()).isPositive();
                assertThat(f.message()).startsWith("not valid YAML");
            });
        }
    }
}
