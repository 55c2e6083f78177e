package io.auditpack.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.auditpack.report.PackContext;
import io.auditpack.report.ReportFixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class IndexHtmlWriterTest {
    private static final IndexHtmlWriter WRITER = new IndexHtmlWriter(List.of("data/summary.pdf", "data/metrics.json"));

    private static Document render(PackContext context) throws IOException {
        return Jsoup.parse(new String(ReportFixtures.render(WRITER, context), StandardCharsets.UTF_8));
    }

    @Test
    void aTitleThatLooksLikeAFormulaWithAUrlIsShownAsTextAndLinksNowhere() throws IOException {
        Document page = render(ReportFixtures.managementReview());

        assertThat(page.getElementById("ctl-AC-02").child(1).text()).isEqualTo(ReportFixtures.FORMULA_TITLE);
        assertThat(page.select("a[href*=x.test]")).isEmpty();
    }

    @Test
    void aPeriodPackageShowsOperatingStatusAndSlicesAndAPointInTimePackageDoesNot() throws IOException {
        Document review = render(ReportFixtures.managementReview());
        Document type1 = render(ReportFixtures.soc2Type1());

        assertThat(review.select("#requirements th").eachText()).contains("Operating");
        assertThat(review.select("#controls th").eachText()).contains("Due", "Covered", "Pending");
        assertThat(type1.select("#requirements th").eachText()).doesNotContain("Operating");
        assertThat(type1.select("#controls th").eachText()).doesNotContain("Due");
        assertThat(type1.select("#headlines td[data-metric=effective]")).isEmpty();
    }

    @Test
    void thePackedFileOfAnItemHasARowLinkingToItsPathWithItsShaAndItsControlsLinkToIt() throws IOException {
        PackContext context = ReportFixtures.managementReview();
        Document page = render(context);

        var row = page.getElementById("ev-CM-01~~EV-1");
        assertThat(row.selectFirst("a.file").attr("href")).isEqualTo("evidence/CM-01/EV-1__jan_changes.pdf");
        assertThat(row.selectFirst("td.sha").text()).isEqualTo(context.report().sha256("EV-1"));
        assertThat(page.getElementById("ctl-CM-01").select("a.ev").eachAttr("href"))
                .containsExactly("#ev-CM-01~~EV-1");
        assertThat(page.select("header a.pack-file").eachAttr("href")).containsExactly("summary.pdf", "metrics.json");
        assertThat(page.select("#requests, #samples")).isEmpty();
    }

    @Test
    void statusWordsCarryTheirColourClass() throws IOException {
        Document page = render(ReportFixtures.managementReview());

        page.select("td.st.good").forEach(td -> assertThat(Tone.of(td.text())).isEqualTo(Tone.GOOD));
        page.select("td.st.bad").forEach(td -> assertThat(Tone.of(td.text())).isEqualTo(Tone.BAD));
        assertThat(page.select("td.st.good, td.st.warn, td.st.bad")).isNotEmpty();
    }
}
