package io.auditpack.input;

/**
 * Trims a cell or a header name the way a person reads it: white space at both ends goes, and so do the invisible
 * characters spreadsheets and exports leave behind (no-break spaces, zero-width spaces and joiners, byte order marks).
 */
final class Trimmed {
    private Trimmed() {}

    static String of(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && invisible(text.charAt(start))) {
            start++;
        }
        while (end > start && invisible(text.charAt(end - 1))) {
            end--;
        }
        return start == 0 && end == text.length() ? text : text.substring(start, end);
    }

    private static boolean invisible(char c) {
        return Character.isWhitespace(c)
                || Character.isSpaceChar(c)
                || c == '\u200B'
                || c == '\u200C'
                || c == '\u200D'
                || c == '\u2060'
                || c == '\uFEFF';
    }
}
