package io.auditpack.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.auditpack.report.ReportFixtures;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The shared layout rules of the summary: columns that hold their words, and a contents page that tells the truth. */
class LayoutRulesTest {

    @Test
    void aColumnNarrowerThanItsWidestWordIsWidenedFromTheColumnsWithRoomToSpare() {
        // given three equal columns of 400 pt in all, the first needing 150 pt for its widest word
        float[] widths =
                ColumnFit.widths(new float[] {1, 1, 1}, new float[] {150 - ColumnFit.CELL_EXTRA - 0.5f, 10, 0}, 400);

        // then it gets its 150 pt and the others give up the 16.7 pt in proportion to their spare room
        assertThat(widths[0]).isCloseTo(150, within(0.01f));
        assertThat(widths[0] + widths[1] + widths[2]).isCloseTo(400, within(0.01f));
        assertThat(widths[1]).isGreaterThanOrEqualTo(10 + ColumnFit.CELL_EXTRA);
    }

    @Test
    void columnsThatCannotAllFitKeepTheirProportionsAndAColumnNeverTakesMoreThanItsShare() {
        assertThat(ColumnFit.widths(new float[] {1, 1}, new float[] {400, 400}, 300))
                .containsExactly(150f, 150f);
        float[] hash = ColumnFit.widths(new float[] {1, 3}, new float[] {1000, 10}, 300);
        assertThat(hash[0]).isCloseTo(300 * ColumnFit.MOST, within(0.01f));
    }

    @Test
    void datesAndIdsStayWholeWhileWordsAndRangesMayBreak() {
        // given the small font of table cells
        com.lowagie.text.Font font = new Typeface().regular(7.5f);

        // then a date or an ID is one unbreakable piece, a hyphenated word and a range of dates break
        assertThat(ColumnFit.widestPiece("2026-11-28", font)).isEqualTo(width("2026-11-28", font));
        assertThat(ColumnFit.widestPiece("PEOPLE-1101 left", font)).isEqualTo(width("PEOPLE-1101", font));
        assertThat(ColumnFit.widestPiece("point-in-time", font)).isEqualTo(width("point-", font));
        assertThat(ColumnFit.widestPiece("2026-04-01..2026-06-30", font)).isEqualTo(width("2026-04-01..", font));
    }

    private static float width(String text, com.lowagie.text.Font font) {
        return font.getBaseFont().getWidthPoint(text, font.getSize());
    }

    @Test
    void theContentsPageGivesThePageEachSectionStartsOn() throws Exception {
        // given a management review summary
        PdfText text = PdfText.read(ReportRender.pdf(ReportFixtures.managementReview()));

        // when its contents page (page 2) is read
        String contents = text.page(2);
        assertThat(contents).contains("Contents", "Executive summary", "Appendix: controls");

        // then every section listed starts on the page it names
        for (String section : new String[] {"Executive summary", "Scope", "Findings", "Appendix: controls"}) {
            Matcher line = Pattern.compile("(?m)^" + Pattern.quote(section) + " (\\d+)$")
                    .matcher(contents);
            assertThat(line.find()).as(section + " in\n" + contents).isTrue();
            int page = Integer.parseInt(line.group(1));
            assertThat(text.page(page)).as(section + " on page " + page).contains(section);
        }
    }
}
