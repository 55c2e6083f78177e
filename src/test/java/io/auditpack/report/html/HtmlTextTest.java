package io.auditpack.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlTextTest {

    @Test
    void markupCharactersBecomeCharacterReferences() {
        assertThat(HtmlText.escape("<script>alert('x')</script> & \"q\""))
                .isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;");
    }

    @Test
    void plainTextAndUnicodeStayAsTheyAre() {
        assertThat(HtmlText.escape("Zugriffsprüfung Q1 – 2026 😀\ttab\nline"))
                .isEqualTo("Zugriffsprüfung Q1 – 2026 😀\ttab\nline");
    }

    @Test
    void controlCharactersLoneSurrogatesAndNoncharactersBecomeTheReplacementCharacter() {
        assertThat(HtmlText.escape("a\u0000b\u0007c\u007Fd\u0085e\uD800f\uDC00g\uFFFEh"))
                .isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf\uFFFDg\uFFFDh");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<script>alert(1)</script>",
                "\" onmouseover=\"alert(1)",
                "' onfocus='alert(1)' autofocus '",
                "</td></tr></table><img src=x onerror=alert(1)>",
                "<!-- comment --><![CDATA[x]]>",
                "&lt;already escaped&gt; &amp;",
                "javascript:alert(1)"
            })
    void givenHostileTextInAnElementAndAnAttributeWhenParsedAsHtmlThenItIsTheSameTextAndNoMarkup(String hostile) {
        String html = "<p title=\"" + HtmlText.escape(hostile) + "\">" + HtmlText.escape(hostile) + "</p>";

        Document document = Jsoup.parseBodyFragment(html);

        Element p = document.body().child(0);
        assertThat(document.body().children()).hasSize(1);
        assertThat(p.children()).isEmpty();
        assertThat(p.text()).isEqualTo(hostile.strip().replaceAll("\\s+", " "));
        assertThat(p.wholeText()).isEqualTo(hostile);
        assertThat(p.attributes().asList()).hasSize(1);
        assertThat(p.attr("title")).isEqualTo(hostile);
    }
}
