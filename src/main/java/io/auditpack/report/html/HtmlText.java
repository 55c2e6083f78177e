package io.auditpack.report.html;

/**
 * Escapes untrusted text for HTML: in element content and in double-quoted attribute values alike, {@code & < > " '}
 * become character references, and characters HTML forbids in a document (C0 and C1 controls other than tab, line
 * feed and carriage return, lone surrogates, the noncharacters U+FFFE and U+FFFF) become U+FFFD, so no input can open
 * a tag, end an attribute or make the page invalid.
 */
final class HtmlText {
    private static final char REPLACEMENT = '\uFFFD';

    private HtmlText() {}

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (Character.isHighSurrogate(c)
                            && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (Character.isSurrogate(c) || forbidden(c)) {
                        out.append(REPLACEMENT);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static boolean forbidden(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
                || (c >= 0x7F && c <= 0x9F)
                || c == 0xFFFE
                || c == 0xFFFF;
    }
}
