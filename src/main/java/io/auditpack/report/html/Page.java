package io.auditpack.report.html;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Writes HTML to a stream: every text and attribute value given here is escaped ({@link HtmlText}); only
 * {@link #trusted} writes markup as is, for the page's own constants. Attribute values are always double-quoted.
 * I/O errors surface as {@link UncheckedIOException} (the writer unwraps them).
 */
final class Page {
    private final Writer out;

    Page(Writer out) {
        this.out = out;
    }

    /** {@code <tag name="value" ...>}: attributes as name, value pairs; a pair with an empty value is left out. */
    Page open(String tag, String... attributes) {
        put("<").put(tag);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            if (!attributes[i + 1].isEmpty()) {
                put(" ").put(attributes[i])
                        .put("=\"")
                        .put(HtmlText.escape(attributes[i + 1]))
                        .put("\"");
            }
        }
        return put(">");
    }

    Page close(String tag) {
        return put("</").put(tag).put(">");
    }

    /** An element holding escaped text. */
    Page element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    Page text(String text) {
        return put(HtmlText.escape(text));
    }

    /** A link; {@code href} is escaped as an attribute value. */
    Page link(String href, String text, String... attributes) {
        String[] all = new String[attributes.length + 2];
        all[0] = "href";
        all[1] = href;
        System.arraycopy(attributes, 0, all, 2, attributes.length);
        return element("a", text, all);
    }

    /** A table cell of plain text. */
    Page cell(String text) {
        return element("td", text);
    }

    /** A table cell holding a status word, coloured by its {@link Tone}. */
    Page status(String word) {
        return element("td", word, "class", Tone.of(word).cssClass());
    }

    /** Opens a table with a header row and its body; a filterable table's rows answer the filter box. */
    Page table(boolean filterable, java.util.List<String> headers) {
        open("table", "class", filterable ? "filterable" : "").open("thead").open("tr");
        headers.forEach(h -> element("th", h));
        return close("tr").close("thead").open("tbody");
    }

    Page endTable() {
        return close("tbody").close("table").newline();
    }

    /** The page's own markup, written as is: never pass input text here. */
    Page trusted(String markup) {
        return put(markup);
    }

    Page newline() {
        return put("\n");
    }

    private Page put(String text) {
        try {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }
}
