package io.auditpack.report.calendar;

import java.nio.charset.StandardCharsets;

/**
 * Writes iCalendar content lines (RFC 5545 section 3.1): each ended by CRLF and folded so that no line is longer
 * than {@value #MAX_OCTETS} octets, a continuation line starting with one space, never inside a UTF-8 sequence;
 * TEXT values escaped (section 3.3.11: backslash, semicolon, comma, and line breaks as {@code \n}; other control
 * characters, which TEXT does not allow, become spaces).
 */
final class ContentLines {
    /** The longest line, in octets, CRLF excluded. */
    static final int MAX_OCTETS = 75;

    private final StringBuilder out = new StringBuilder();

    /** A property whose value is TEXT, escaped. */
    ContentLines text(String name, String value) {
        return line(name + ":" + escape(value));
    }

    /** A property written as given (name with its parameters, colon, value): dates, URIs, fixed words. */
    ContentLines line(String contentLine) {
        int octets = 0;
        int limit = MAX_OCTETS;
        for (int i = 0; i < contentLine.length(); ) {
            int codePoint = contentLine.codePointAt(i);
            int width = utf8Octets(codePoint);
            if (octets + width > limit) {
                out.append("\r\n ");
                octets = 0;
                limit = MAX_OCTETS - 1;
            }
            out.appendCodePoint(codePoint);
            octets += width;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
        return this;
    }

    byte[] bytes() {
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A TEXT value escaped per RFC 5545 section 3.3.11. */
    static String escape(String value) {
        StringBuilder escaped = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case ';' -> escaped.append("\\;");
                case ',' -> escaped.append("\\,");
                case '\n' -> escaped.append("\\n");
                case '\r' -> {
                    escaped.append("\\n");
                    if (i + 1 < value.length() && value.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                default -> escaped.append(c < 0x20 && c != '\t' || c == 0x7f ? ' ' : c);
            }
        }
        return escaped.toString();
    }

    private static int utf8Octets(int codePoint) {
        if (codePoint < 0x80) {
            return 1;
        }
        if (codePoint < 0x800) {
            return 2;
        }
        return codePoint < 0x10000 ? 3 : 4;
    }
}
