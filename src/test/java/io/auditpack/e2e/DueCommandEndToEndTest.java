package io.auditpack.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.fortuna.ical4j.model.component.CalendarComponent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code auditpack due} on a copy of the demo (SOC 2 Type II, 5-day collection lag, records up to 28 November)
 * through the real command line: the list overdue first, the owner filter, the calendar file parsed back with ical4j,
 * exit 2 on bad input or options, and nothing ever written under the output folder.
 */
class DueCommandEndToEndTest {
    @TempDir
    Path project;

    private Path job;
    private Path output;

    @BeforeEach
    void copyTheDemo() throws Exception {
        DemoCopy.into(project);
        job = project.resolve("jobs/soc2-type2.yaml");
        output = project.resolve("output");
    }

    private Cli due(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("due", job.toString()));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    private void nothingWasWrittenUnderOutput() {
        assertThat(output).doesNotExist();
    }

    @Test
    void itPrintsTheOverdueSlicesFirstThenThoseDueWithinThirtyDays() {
        Cli due = due("--as-of", "2026-11-29");

        assertThat(due.exit()).as(due.toString()).isZero();
        List<String> lines = due.out().lines().toList();
        assertThat(lines.get(0))
                .isEqualTo("northwind-soc2-type2-2026: due as of 2026-11-29 (--as-of), next 30 days,"
                        + " collection lag 5 days");
        assertThat(lines.get(1))
                .startsWith("overdue  AV-03 ")
                .contains("2026-01-01..2026-03-31", "deadline 2026-04-05", "238 days overdue")
                .contains("marcus.bell@northwind.example", "Quarterly backup restore test");
        assertThat(lines.subList(1, 7)).allMatch(l -> l.startsWith("overdue "));
        assertThat(lines.get(7)).startsWith("due      AV-01 ").contains("deadline 2026-12-04", "5 days left");
        assertThat(lines).hasSize(69);
        assertThat(lines.get(68))
                .startsWith("6 overdue, 61 due within 30 days; 105 upcoming deadlines until the end of the period;");
        nothingWasWrittenUnderOutput();
    }

    @Test
    void theOwnerFilterKeepsOnlyThatOwnersControlsWhateverTheCase() {
        Cli due = due("--as-of", "2026-11-29", "--owner", "Hannah.Cho@northwind.example", "--days", "20");

        assertThat(due.exit()).as(due.toString()).isZero();
        List<String> rows = due.out()
                .lines()
                .filter(l -> l.startsWith("due ") || l.startsWith("overdue "))
                .toList();
        assertThat(rows)
                .singleElement()
                .satisfies(l -> assertThat(l)
                        .startsWith("due      CM-07 ")
                        .contains("deadline 2026-12-14", "15 days left", "hannah.cho@northwind.example"));
        assertThat(due.out())
                .contains("owner Hannah.Cho@northwind.example")
                .contains("0 overdue, 1 due within 20 days");
        nothingWasWrittenUnderOutput();
    }

    @Test
    void theCalendarFileHoldsEveryUpcomingDeadlineOfTheOwnerAndReadsBackWithIcal4j() throws Exception {
        Path ics = project.resolve("marcus.ics");

        Cli due = due("--as-of", "2026-11-29", "--owner", "marcus.bell@northwind.example", "--ics", ics.toString());

        assertThat(due.exit()).as(due.toString()).isZero();
        assertThat(due.out()).contains("wrote ").contains(" events ").contains("nothing else was written");
        List<CalendarComponent> events = IcsFile.parse(Files.readAllBytes(ics)).events();
        assertThat(events).isNotEmpty();
        assertThat(events)
                .allSatisfy(e ->
                        assertThat(IcsFile.value(e, "ORGANIZER")).isEqualTo("mailto:marcus.bell@northwind.example"));
        assertThat(events)
                .extracting(e -> IcsFile.value(e, "UID"))
                .contains("northwind-soc2-type2-2026/AV-01/2026-11-29@auditpack")
                .doesNotHaveDuplicates();
        try (Stream<Path> left = Files.list(project)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
        Cli again = due("--as-of", "2026-11-29", "--owner", "marcus.bell@northwind.example", "--ics", ics.toString());
        assertThat(again.exit()).isZero();
        assertThat(IcsFile.parse(Files.readAllBytes(ics)).events()).hasSameSizeAs(events);
        nothingWasWrittenUnderOutput();
    }

    @Test
    void badInputExitsTwoNamingTheFileLineAndValueAndWritesNothing() throws Exception {
        Path evidence = project.resolve("input/evidence.csv");
        List<String> rows = Files.readAllLines(evidence);
        assertThat(rows.get(2)).startsWith("EV-0002,").contains(",2025-12-08,");
        rows.set(2, rows.get(2).replace(",2025-12-08,", ",2026-02-30,"));
        Files.write(evidence, rows);
        Path ics = project.resolve("never.ics");

        Cli due = due("--as-of", "2026-11-29", "--ics", ics.toString());

        assertThat(due.exit()).as(due.toString()).isEqualTo(2);
        assertThat(due.err()).contains("evidence.csv").contains("line 3").contains("2026-02-30");
        assertThat(due.err()).doesNotContain("Exception");
        assertThat(ics).doesNotExist();
        nothingWasWrittenUnderOutput();
    }

    @Test
    void badOptionsExitTwoAndWriteNothing() throws Exception {
        assertThat(due("--days", "0").exit()).isEqualTo(2);
        assertThat(due("--days", "367").exit()).isEqualTo(2);
        assertThat(due("--days", "366", "--as-of", "2026-11-29").exit()).isZero();
        assertThat(due("--as-of", "2026-02-30").exit()).isEqualTo(2);
        Cli nobody = due("--owner", "nobody@example.test", "--as-of", "2026-11-29");
        assertThat(nobody.exit()).isEqualTo(2);
        assertThat(nobody.err()).contains("no control in controls.csv is owned by 'nobody@example.test'");
        Files.createDirectories(output.resolve("northwind-soc2-type2-2026"));
        Cli intoOutput =
                due("--ics", output.resolve("northwind-soc2-type2-2026/x.ics").toString());
        assertThat(intoOutput.exit()).isEqualTo(2);
        assertThat(intoOutput.err()).contains("output folder");
        assertThat(output.resolve("northwind-soc2-type2-2026/x.ics")).doesNotExist();
        Cli noFolder = due("--ics", project.resolve("missing/x.ics").toString());
        assertThat(noFolder.exit()).isEqualTo(2);
        assertThat(noFolder.err()).contains("its folder does not exist");
    }

    @Test
    void withoutAsOfTheReferenceDateIsTodayInTheJobsTimeZone() {
        java.time.ZoneId london = java.time.ZoneId.of("Europe/London");
        java.time.LocalDate before = java.time.LocalDate.now(london);

        Cli due = due();

        java.time.LocalDate after = java.time.LocalDate.now(london);
        assertThat(due.exit()).as(due.toString()).isZero();
        String header = due.out().lines().findFirst().orElseThrow();
        assertThat(header).contains("(today in Europe/London)");
        assertThat(header).containsAnyOf("due as of " + before + " ", "due as of " + after + " ");
        nothingWasWrittenUnderOutput();
    }
}
