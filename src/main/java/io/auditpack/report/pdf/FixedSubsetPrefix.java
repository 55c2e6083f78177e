package io.auditpack.report.pdf;

import java.io.Serial;
import java.security.SecureRandom;

/**
 * The "random" source OpenPDF draws a font subset's six-letter name prefix from ({@code AAAAAA+DejaVuSans}),
 * replaced by one that always spells the same prefix, so the same document gives the same bytes. OpenPDF asks for
 * one {@code nextDouble()} per letter; nothing else in a document uses this source.
 */
final class FixedSubsetPrefix extends SecureRandom {
    @Serial
    private static final long serialVersionUID = 1L;

    private final String prefix;
    private int next;

    FixedSubsetPrefix(String prefix) {
        if (!prefix.matches("[A-Z]{6}")) {
            throw new IllegalArgumentException("a subset prefix is six capital letters: " + prefix);
        }
        this.prefix = prefix;
    }

    /** The value OpenPDF turns into the next letter of the prefix ({@code (char) (d * 26 + 'A')}). */
    @Override
    public synchronized double nextDouble() {
        char letter = prefix.charAt(next);
        next = (next + 1) % prefix.length();
        return (letter - 'A' + 0.5) / 26;
    }
}
