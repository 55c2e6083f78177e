package io.auditpack.report.pdf;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * DejaVu Sans and DejaVu Sans Bold (shipped in {@code src/main/resources/fonts/}, Bitstream Vera licence), embedded
 * as subsets with Identity-H encoding, as PDF/A asks. One instance per document: the subset prefixes are fixed
 * ({@link FixedSubsetPrefix}) and the same two fonts serve the text and, as a {@link FontMapper}, the charts.
 */
final class Typeface implements FontMapper {
    private static final byte[] REGULAR_TTF = resource("/fonts/DejaVuSans.ttf");
    private static final byte[] BOLD_TTF = resource("/fonts/DejaVuSans-Bold.ttf");
    private static final java.awt.Font AWT_REGULAR = awt(REGULAR_TTF);
    private static final java.awt.Font AWT_BOLD = awt(BOLD_TTF);

    private final BaseFont regular = embed("DejaVuSans.ttf", REGULAR_TTF, "DJVSNS");
    private final BaseFont bold = embed("DejaVuSans-Bold.ttf", BOLD_TTF, "DJVSNB");

    Font regular(float size) {
        return new Font(regular, size);
    }

    Font bold(float size) {
        return new Font(bold, size);
    }

    /** The chart font (the same DejaVu outlines on the AWT side, so measured and drawn text agree). */
    static java.awt.Font chartFont(boolean bold, float size) {
        return (bold ? AWT_BOLD : AWT_REGULAR).deriveFont(java.awt.Font.PLAIN, size);
    }

    /**
     * The text as the regular font can show it: every character without a glyph becomes {@code ?} (visibly, rather
     * than an empty box), control characters other than line breaks become spaces.
     */
    String safe(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c == '\n') {
                out.append('\n');
            } else if (Character.isISOControl(c)) {
                out.append(' ');
            } else if (regular.charExists(c) && bold.charExists(c)) {
                out.appendCodePoint(c);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    @Override
    public BaseFont awtToPdf(java.awt.Font font) {
        return font.getFontName().contains("Bold") || font.isBold() ? bold : regular;
    }

    @Override
    public java.awt.Font pdfToAwt(BaseFont font, int size) {
        return chartFont(font == bold, size);
    }

    private static BaseFont embed(String name, byte[] ttf, String prefix) {
        try {
            BaseFont font = BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, ttf, null);
            font.setSecureRandom(new FixedSubsetPrefix(prefix));
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException("the shipped font " + name + " cannot be read", e);
        }
    }

    private static java.awt.Font awt(byte[] ttf) {
        try {
            return java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, new ByteArrayInputStream(ttf));
        } catch (java.awt.FontFormatException | IOException e) {
            throw new IllegalStateException("the shipped font cannot be read by AWT", e);
        }
    }

    private static byte[] resource(String path) {
        try (InputStream in = Typeface.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("font " + path + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("font " + path + " cannot be read", e);
        }
    }
}
