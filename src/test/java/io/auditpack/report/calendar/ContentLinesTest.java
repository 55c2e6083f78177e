package io.auditpack.report.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import org.junit.jupiter.api.Test;

class ContentLinesTest {

    private static byte[] journal(String summary) {
        return new ContentLines()
                .line("BEGIN:VCALENDAR")
                .line("VERSION:2.0")
                .line("PRODID:" + CalendarWriter.PRODID)
                .line("BEGIN:VJOURNAL")
                .text("UID", "u-1@test")
                .line("DTSTAMP:20261129T000000Z")
                .text("SUMMARY", summary)
                .line("END:VJOURNAL")
                .line("END:VCALENDAR")
                .bytes();
    }

    @Test
    void textIsEscapedAsRfc5545AsksAndReadsBackUnchanged() throws Exception {
        String tricky = "Backups, restores; C:\\path\nsecond line\r\nthird <script>";

        byte[] bytes = journal(tricky);

        assertThat(new String(bytes, StandardCharsets.UTF_8))
                .contains("SUMMARY:Backups\\, restores\\; C:\\\\path\\nsecond line\\nthird <script>");
        Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(bytes));
        Component journal = calendar.getComponents("VJOURNAL").get(0);
        assertThat(journal.<Property>getProperty("SUMMARY").orElseThrow().getValue())
                .isEqualTo("Backups, restores; C:\\path\nsecond line\nthird <script>");
    }

    @Test
    void longLinesAreFoldedAt75OctetsNeverInsideAUtf8Character() throws Exception {
        String long_ = "Contrôle d'accès privilégié — revue trimestrielle ".repeat(6) + "終わり";

        byte[] bytes = journal(long_);

        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).endsWith("\r\n").doesNotContain("\r\n\r\n");
        for (String line : text.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
            assertThat(line).doesNotContain("\n").doesNotContain("\uFFFD");
        }
        assertThat(text.split("\r\n ").length).isGreaterThan(3);
        Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(bytes));
        assertThat(calendar.getComponents("VJOURNAL")
                        .get(0)
                        .<Property>getProperty("SUMMARY")
                        .orElseThrow()
                        .getValue())
                .isEqualTo(long_);
    }

    @Test
    void controlCharactersThatTextCannotHoldBecomeSpaces() {
        assertThat(ContentLines.escape("a\u0007b\tc\u007fd")).isEqualTo("a b\tc d");
    }
}
