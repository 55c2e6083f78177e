package io.auditpack.report.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/**
 * A writer that encodes UTF-8 into its own buffer and hands full buffers to a stream, for the hundreds of millions of
 * short strings of a large sheet: unlike a {@link java.io.BufferedWriter} over an {@link java.io.OutputStreamWriter}
 * it takes no lock and copies each character once. It writes the bytes the JDK's UTF-8 encoder writes, a surrogate
 * without its partner (which the encoder replaces) included: as {@code ?}. Not thread-safe.
 */
final class Utf8Writer extends Writer {
    private final OutputStream out;
    private final byte[] buffer = new byte[1 << 16];
    private int used;
    private char pendingHigh;

    Utf8Writer(OutputStream out) {
        this.out = out;
    }

    @Override
    public void write(int c) throws IOException {
        put((char) c);
    }

    @Override
    public void write(String text) throws IOException {
        write(text, 0, text.length());
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        int end = offset + length;
        int i = offset;
        while (i < end) {
            // the common case: ASCII into free room, without a call per character
            int room = Math.min(end - i, buffer.length - used);
            int stop = i + room;
            if (pendingHigh == 0) {
                while (i < stop) {
                    char c = text.charAt(i);
                    if (c >= 0x80) {
                        break;
                    }
                    buffer[used++] = (byte) c;
                    i++;
                }
            }
            if (i < end) {
                if (used == buffer.length) {
                    drain();
                } else {
                    put(text.charAt(i++));
                }
            }
        }
    }

    /** Writes bytes known to be ASCII (the fixed parts of the XML), as they are. */
    void ascii(byte[] bytes) throws IOException {
        flushPending();
        if (used + bytes.length > buffer.length) {
            drain();
        }
        System.arraycopy(bytes, 0, buffer, used, bytes.length);
        used += bytes.length;
    }

    /** Writes a number's decimal digits (a minus sign first when negative), as {@link Long#toString(long)} does. */
    void digits(long value) throws IOException {
        flushPending();
        if (used + 20 > buffer.length) {
            drain();
        }
        if (value >= 0 && value <= Integer.MAX_VALUE) {
            digits((int) value);
            return;
        }
        if (value < 0) {
            if (value == Long.MIN_VALUE || value < -Integer.MAX_VALUE) {
                byte[] text = Long.toString(value).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
                System.arraycopy(text, 0, buffer, used, text.length);
                used += text.length;
                return;
            }
            buffer[used++] = '-';
            digits((int) -value);
            return;
        }
        byte[] text = Long.toString(value).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        System.arraycopy(text, 0, buffer, used, text.length);
        used += text.length;
    }

    /**
     * The digits of a non-negative int into the buffer, which has room: the style, row, shared-string and day numbers
     * of a sheet's cells, millions of them. Two digits at a time from a table, in int arithmetic.
     */
    private void digits(int value) {
        int length = length(value);
        int at = used + length;
        int rest = value;
        while (rest >= 100) {
            int pair = (rest % 100) * 2;
            rest /= 100;
            buffer[--at] = PAIRS[pair + 1];
            buffer[--at] = PAIRS[pair];
        }
        if (rest >= 10) {
            buffer[--at] = PAIRS[rest * 2 + 1];
            buffer[--at] = PAIRS[rest * 2];
        } else {
            buffer[--at] = (byte) ('0' + rest);
        }
        used += length;
    }

    /** "00" to "99", two bytes each. */
    private static final byte[] PAIRS = new byte[200];

    static {
        for (int i = 0; i < 100; i++) {
            PAIRS[i * 2] = (byte) ('0' + i / 10);
            PAIRS[i * 2 + 1] = (byte) ('0' + i % 10);
        }
    }

    private static int length(int value) {
        if (value < 100_000) {
            return value < 100 ? (value < 10 ? 1 : 2) : value < 1_000 ? 3 : value < 10_000 ? 4 : 5;
        }
        if (value < 10_000_000) {
            return value < 1_000_000 ? 6 : 7;
        }
        return value < 100_000_000 ? 8 : value < 1_000_000_000 ? 9 : 10;
    }

    /** A surrogate waiting for its partner is followed by something else: it is written as {@code ?}. */
    private void flushPending() throws IOException {
        if (pendingHigh != 0) {
            pendingHigh = 0;
            if (used == buffer.length) {
                drain();
            }
            buffer[used++] = '?';
        }
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            put(chars[i]);
        }
    }

    private void put(char c) throws IOException {
        if (used + 4 > buffer.length) {
            drain();
        }
        if (pendingHigh != 0) {
            char high = pendingHigh;
            pendingHigh = 0;
            if (Character.isLowSurrogate(c)) {
                int code = Character.toCodePoint(high, c);
                buffer[used++] = (byte) (0xF0 | code >> 18);
                buffer[used++] = (byte) (0x80 | code >> 12 & 0x3F);
                buffer[used++] = (byte) (0x80 | code >> 6 & 0x3F);
                buffer[used++] = (byte) (0x80 | code & 0x3F);
                return;
            }
            buffer[used++] = '?';
            if (used + 4 > buffer.length) {
                drain();
            }
        }
        if (c < 0x80) {
            buffer[used++] = (byte) c;
        } else if (c < 0x800) {
            buffer[used++] = (byte) (0xC0 | c >> 6);
            buffer[used++] = (byte) (0x80 | c & 0x3F);
        } else if (Character.isHighSurrogate(c)) {
            pendingHigh = c;
        } else if (Character.isLowSurrogate(c)) {
            buffer[used++] = '?';
        } else {
            buffer[used++] = (byte) (0xE0 | c >> 12);
            buffer[used++] = (byte) (0x80 | c >> 6 & 0x3F);
            buffer[used++] = (byte) (0x80 | c & 0x3F);
        }
    }

    private void drain() throws IOException {
        out.write(buffer, 0, used);
        used = 0;
    }

    @Override
    public void flush() throws IOException {
        drain();
        out.flush();
    }

    /** Writes what is buffered (a surrogate still waiting for its partner as {@code ?}) and closes the stream. */
    @Override
    public void close() throws IOException {
        if (pendingHigh != 0) {
            pendingHigh = 0;
            if (used + 1 > buffer.length) {
                drain();
            }
            buffer[used++] = '?';
        }
        drain();
        out.close();
    }
}
