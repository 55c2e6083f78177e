package io.auditpack.pack.zip;

import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;

/**
 * Chooses how an entry is stored, from its first bytes only (so the choice is the same on every machine): content
 * that starts with the signature of an already-compressed format is STORED, everything else is DEFLATED at level 1
 * (fixed, so the bytes are the same on every run: on typical text exports level 1 deflates about five times faster
 * than level 6 for about a quarter more compressed bytes; see docs/performance.md).
 * The signatures: ZIP and the Office/OpenDocument formats built on it ({@code PK\3\4}, the empty ZIP {@code PK\5\6}),
 * PDF ({@code %PDF}), PNG, JPEG, GIF, WebP ({@code RIFF....WEBP}), gzip, bzip2, xz, zstd and 7z.
 */
final class CompressionRule {
    /** How many leading bytes the rule looks at. */
    static final int HEAD = 12;

    static final int DEFLATE_LEVEL = 1;

    private static final List<byte[]> SIGNATURES = List.of(
            bytes(0x50, 0x4B, 0x03, 0x04), // ZIP, xlsx, docx, pptx, odt, jar
            bytes(0x50, 0x4B, 0x05, 0x06), // empty ZIP
            bytes('%', 'P', 'D', 'F'), // PDF
            bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A),
            bytes(0xFF, 0xD8, 0xFF), // JPEG
            bytes('G', 'I', 'F', '8'), // GIF87a, GIF89a
            bytes(0x1F, 0x8B), // gzip
            bytes('B', 'Z', 'h'), // bzip2
            bytes(0xFD, '7', 'z', 'X', 'Z', 0x00), // xz
            bytes(0x28, 0xB5, 0x2F, 0xFD), // zstd
            bytes('7', 'z', 0xBC, 0xAF, 0x27, 0x1C)); // 7z

    private CompressionRule() {}

    /** {@link ZipEntry#STORED} or {@link ZipEntry#DEFLATED} for content starting with {@code head[0..length)}. */
    static int methodFor(byte[] head, int length) {
        for (byte[] signature : SIGNATURES) {
            if (length >= signature.length
                    && Arrays.equals(head, 0, signature.length, signature, 0, signature.length)) {
                return ZipEntry.STORED;
            }
        }
        boolean webp = length >= 12
                && Arrays.equals(head, 0, 4, bytes('R', 'I', 'F', 'F'), 0, 4)
                && Arrays.equals(head, 8, 12, bytes('W', 'E', 'B', 'P'), 0, 4);
        return webp ? ZipEntry.STORED : ZipEntry.DEFLATED;
    }

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }
}
