package io.auditpack.report.pdf;

import com.lowagie.text.pdf.DefaultSplitCharacter;
import com.lowagie.text.pdf.PdfChunk;

/**
 * Where a table cell may break a line: wherever OpenPDF would (spaces, hyphens), and after {@code @ / _ ,} so an
 * e-mail address, a path or a finding code wraps at a readable place instead of in mid-word; after the two dots of a
 * range ({@code 2026-04-01..2026-06-30}). Never at a hyphen before a digit: a date ({@code 2026-11-28}) or an ID
 * ({@code PEOPLE-1101}, {@code CC6.1-01}) stays whole. Characters are read through {@link #getCurrentCharacter}
 * because Identity-H chunks hold glyph codes, not Unicode.
 */
final class TokenBreaks extends DefaultSplitCharacter {
    static final TokenBreaks INSTANCE = new TokenBreaks();

    private TokenBreaks() {}

    @Override
    public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
        char c = getCurrentCharacter(current, cc, ck);
        if (c == '-' && current + 1 < end && Character.isDigit(getCurrentCharacter(current + 1, cc, ck))) {
            return false;
        }
        if (c == '.') {
            return current > start && getCurrentCharacter(current - 1, cc, ck) == '.';
        }
        return c == '@' || c == '/' || c == '_' || c == ',' || super.isSplitCharacter(start, current, end, cc, ck);
    }
}
