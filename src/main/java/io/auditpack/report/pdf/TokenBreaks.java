package io.auditpack.report.pdf;

import com.lowagie.text.pdf.DefaultSplitCharacter;
import com.lowagie.text.pdf.PdfChunk;

/**
 * Where a table cell may break a line: wherever OpenPDF would (spaces, hyphens), and after {@code @ / _ ,} so an
 * e-mail address, a path or a finding code wraps at a readable place instead of in mid-word. Characters are read
 * through {@link #getCurrentCharacter} because Identity-H chunks hold glyph codes, not Unicode.
 */
final class TokenBreaks extends DefaultSplitCharacter {
    static final TokenBreaks INSTANCE = new TokenBreaks();

    private TokenBreaks() {}

    @Override
    public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
        char c = getCurrentCharacter(current, cc, ck);
        return c == '@' || c == '/' || c == '_' || c == ',' || super.isSplitCharacter(start, current, end, cc, ck);
    }
}
