package io.auditpack.input;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/**
 * Passes characters through and remembers where lines start, so that the 1-based line of a character position can
 * be told while the text streams by (CRLF, LF and a lone CR each end a line). Positions must be asked in
 * increasing order; the line starts already passed are forgotten, so memory stays small however long the text.
 */
final class LineCountingReader extends FilterReader {
    private long[] starts = new long[64];
    private int head;
    private int tail;
    private long position;
    private long line = 1;
    private boolean pendingCr;

    LineCountingReader(Reader in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int c = in.read();
        if (c == -1) {
            endOfText();
        } else {
            see((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = in.read(buffer, offset, length);
        if (n == -1) {
            endOfText();
        }
        for (int i = 0; i < n; i++) {
            see(buffer[offset + i]);
        }
        return n;
    }

    @Override
    public long skip(long n) {
        throw new UnsupportedOperationException("skip would lose line starts");
    }

    /** The 1-based line holding the character at {@code at} (0-based, never smaller than in an earlier call). */
    long lineOf(long at) {
        while (head < tail && starts[head] <= at) {
            head++;
            line++;
        }
        return line;
    }

    private void see(char c) {
        if (pendingCr) {
            pendingCr = false;
            if (c != '\n') {
                lineStartsAt(position);
            }
        }
        position++;
        if (c == '\n') {
            lineStartsAt(position);
        } else if (c == '\r') {
            pendingCr = true;
        }
    }

    private void endOfText() {
        if (pendingCr) {
            pendingCr = false;
            lineStartsAt(position);
        }
    }

    private void lineStartsAt(long start) {
        if (tail == starts.length) {
            if (head > 0) {
                System.arraycopy(starts, head, starts, 0, tail - head);
                tail -= head;
                head = 0;
            } else {
                starts = Arrays.copyOf(starts, starts.length * 2);
            }
        }
        starts[tail++] = start;
    }
}
