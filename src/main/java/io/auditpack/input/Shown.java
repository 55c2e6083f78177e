package io.auditpack.input;

/**
 * How a value the user wrote is shown in a finding: control characters escaped ({@code \n}, {@code \r},
 * {@code \t}, {@code \0}, {@code \}{@code uXXXX}) so a finding stays one line, and a value longer than
 * {@value #MAX_SHOWN} characters cut to its first {@value #HEAD} followed by its length.
 */
final class Shown {
    static final int MAX_SHOWN = 200;
    static final int HEAD = 40;

    private Shown() {
    }

    static String value(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        String head = raw.length() > MAX_SHOWN ? raw.substring(0, HEAD) : raw;
        StringBuilder text = new StringBuilder(head.length() + 16);
        for (int i = 0; i < head.length(); i++) {
            char c = head.charAt(i);
            switch (c) {
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                case '\t' -> text.append("\\t");
                case '\0' -> text.append("\\0");
                default -> {
                    if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                        text.append("\\u%04X".formatted((int) c));
                    } else {
                        text.append(c);
                    }
                }
            }
        }
        if (raw.length() > MAX_SHOWN) {
            text.append("... (").append(raw.length()).append(" characters)");
        }
        return text.toString();
    }
}
