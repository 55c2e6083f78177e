package io.auditpack.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.fortuna.ical4j.model.component.CalendarComponent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * data/calendar.ics of real demo packs, published twice into separate output folders from the same inputs and as-of,
 * parsed back with ical4j: the SOC 2 Type II pack as of 2026-11-29 holds one all-day event per upcoming slice
 * deadline (105, from AV-01's 29 November slice due on 4 December to the Q4 slices due on 5 January 2027), the Type I
 * pack a single note that it has none.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CalendarEndToEndTest {
    private byte[] first;
    private byte[] second;
    private byte[] type1;

    @BeforeAll
    void publishTheDemoPacksTwice(@TempDir Path project) throws Exception {
        DemoCopy.into(project);
        first = calendar(project, "soc2-type2", "northwind-soc2-type2-2026", "a", "--as-of", "2026-11-29");
        second = calendar(project, "soc2-type2", "northwind-soc2-type2-2026", "b", "--as-of", "2026-11-29");
        type1 = calendar(project, "soc2-type1", "northwind-soc2-type1", "a");
    }

    private static byte[] calendar(Path project, String job, String name, String output, String... more)
            throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of(
                "run",
                project.resolve("jobs/" + job + ".yaml").toString(),
                "--output",
                project.resolve(output).toString()));
        args.addAll(List.of(more));
        Cli run = Cli.run(args.toArray(String[]::new));
        assertThat(run.exit()).as(run.toString()).isZero();
        return PackFile.read(project.resolve(output + "/" + name + "/" + name + "-v0001.zip"))
                .bytes("data/calendar.ics");
    }

    @Test
    void theCalendarIsByteIdenticalAcrossReruns() {
        assertThat(second).isEqualTo(first);
    }

    @Test
    void everyUpcomingSliceDeadlineIsOneAllDayEventWithAStableUniqueUid() throws Exception {
        List<CalendarComponent> events = IcsFile.parse(first).events();

        assertThat(events).hasSize(105);
        Set<String> uids = new HashSet<>();
        events.forEach(e -> uids.add(IcsFile.value(e, "UID")));
        assertThat(uids).hasSize(105);
        assertThat(uids).contains("northwind-soc2-type2-2026/AV-01/2026-11-29@auditpack");
        CalendarComponent firstEvent = events.get(0);
        assertThat(IcsFile.value(firstEvent, "DTSTART")).isEqualTo("20261204");
        assertThat(firstEvent.getProperty("DTSTART").orElseThrow().getParameter("VALUE"))
                .hasValueSatisfying(v -> assertThat(v.getValue()).isEqualTo("DATE"));
        assertThat(IcsFile.value(firstEvent, "SUMMARY"))
                .isEqualTo("Evidence due: AV-01 Automated daily backups (daily, 2026-11-29)");
        assertThat(IcsFile.value(firstEvent, "ORGANIZER")).isEqualTo("mailto:marcus.bell@northwind.example");
        assertThat(IcsFile.value(firstEvent, "DESCRIPTION"))
                .contains("Owner: marcus.bell@northwind.example\n")
                .contains("Deadline: 2026-12-04 (last day of the slice + 5 days of collection lag)")
                .contains("Expected evidence: Backup job log export");
        assertThat(events)
                .allSatisfy(e -> assertThat(IcsFile.value(e, "DTSTAMP")).isEqualTo("20261129T000000Z"));
        assertThat(IcsFile.value(events.get(events.size() - 1), "DTSTART")).isEqualTo("20270105");
        assertThat(events)
                .extracting(e -> IcsFile.value(e, "DTSTART"))
                .allMatch(d -> d.compareTo("20261129") >= 0 && d.compareTo("20270105") <= 0);
    }

    @Test
    void theFileIsCrlfFoldedAt75OctetsAndNamesItsProduct() {
        String text = new String(first, StandardCharsets.UTF_8);

        assertThat(text).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//auditpack//Slice deadlines//EN\r\n");
        assertThat(text).endsWith("END:VCALENDAR\r\n");
        assertThat(text.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        for (String line : text.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
    }

    @Test
    void aPointInTimePackCarriesACalendarWithNoEventOnlyANoteSayingSo() throws Exception {
        IcsFile calendar = IcsFile.parse(type1);

        assertThat(calendar.events()).isEmpty();
        assertThat(calendar.components("VJOURNAL")).hasSize(1);
        assertThat(IcsFile.value(calendar.components("VJOURNAL").get(0), "DESCRIPTION"))
                .contains("the job has no period, so no slice is judged");
    }
}
