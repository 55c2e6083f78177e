package io.auditpack.input;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * The text of a file decoded strictly as UTF-8 (leading BOMs dropped, even a BOM repeated by a tool that added one), or where the first byte that is not UTF-8
 * sits: its 1-based line, its 0-based byte offset in the file and its value.
 */
record Utf8Text(@Nullable String text, long badLine, long badOffset, int badByte) {

    static Utf8Text decode(byte[] bytes) {
        int start = 0;
        while (hasBom(bytes, start)) {
            start += 3;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length - start + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            long line = 1;
            for (int i = 0; i < offset; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            return new Utf8Text(null, line, offset, bytes[offset] & 0xFF);
        }
        out.flip();
        return new Utf8Text(out.toString(), 0, -1, 0);
    }

    boolean valid() {
        return text != null;
    }

    /** What to tell the user about the bad byte. */
    String problem() {
        return "byte 0x%02X at byte offset %d (line %d) is not UTF-8; save the file as UTF-8 (in Excel: \"CSV UTF-8\")"
                .formatted(badByte, badOffset, badLine);
    }

    private static boolean hasBom(byte[] bytes, int at) {
        return bytes.length >= at + 3
                && (bytes[at] & 0xFF) == 0xEF
                && (bytes[at + 1] & 0xFF) == 0xBB
                && (bytes[at + 2] & 0xFF) == 0xBF;
    }
}
