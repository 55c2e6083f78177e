package io.auditpack.input;

import io.auditpack.domain.Finding;

/**
 * How a value the user wrote is shown in a finding: control characters escaped ({@code \n}, {@code \r},
 * {@code \t}, {@code \0}, {@code \}{@code uXXXX}) so a finding stays one line, and a value longer than
 * {@value #MAX_SHOWN} characters cut to its first {@value #HEAD} followed by its length.
 */
final class Shown {
    static final int MAX_SHOWN = 200;
    static final int HEAD = 40;

    private Shown() {}

    static final int MAX_MESSAGE = 2_000;

    /** A value for a finding: on one line, cut to its first 40 characters when longer than 200 (idempotent). */
    static String value(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        return escaped(raw, MAX_SHOWN, HEAD);
    }

    /** A message for a finding: on one line, cut when longer than 2,000 characters (idempotent). */
    static String message(String raw) {
        return escaped(raw, MAX_MESSAGE, MAX_MESSAGE - 100);
    }

    /** The same finding with its value and message shown on one line, short enough to read. */
    static Finding finding(Finding raw) {
        return new Finding(
                raw.severity(),
                raw.code(),
                raw.file(),
                raw.line(),
                value(raw.column()),
                value(raw.value()),
                message(raw.message()));
    }

    private static String escaped(String raw, int max, int head) {
        if (raw.length() <= max && raw.chars().noneMatch(Shown::control)) {
            return raw;
        }
        String kept = raw.length() > max ? raw.substring(0, head) : raw;
        StringBuilder text = new StringBuilder(kept.length() + 16);
        for (int i = 0; i < kept.length(); i++) {
            char c = kept.charAt(i);
            switch (c) {
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                case '\t' -> text.append("\\t");
                case '\0' -> text.append("\\0");
                default -> {
                    if (control(c)) {
                        text.append("\\u%04X".formatted((int) c));
                    } else {
                        text.append(c);
                    }
                }
            }
        }
        if (raw.length() > max) {
            text.append("... (").append(raw.length()).append(" characters)");
        }
        return text.toString();
    }

    private static boolean control(int c) {
        return Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
    }
}
