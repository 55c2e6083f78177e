package io.auditpack.input;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads the records of a CSV file straight from its UTF-8 bytes, as Commons CSV reads them with
 * {@code CSVFormat.RFC4180} and empty lines ignored: fields split at commas, records at CR, LF or CRLF, a field that
 * starts with a double quote runs to the closing quote (a doubled quote inside it is one quote, commas and line
 * breaks are kept) and white space after the closing quote is skipped. A record's line is the one after the
 * previous record's end, as Commons CSV gives its position (so empty lines before a record count towards it).
 * <p>
 * It is the fast path of the evidence catalog (millions of rows): no character decoding of the whole file, no
 * per-character line bookkeeping, and an ASCII field becomes a string by a copy of its bytes. It reads only
 * well-formed CSV: where Commons CSV would report an error (end of file inside quotes, text after a closing quote),
 * {@link #next()} throws {@link NotPlain} instead, and the caller reads the rest of the file with Commons CSV for the
 * same finding. A byte sequence that is not UTF-8 throws {@link CharacterCodingException}.
 */
final class CsvRecordReader implements Closeable {
    private static final byte COMMA = ',';
    private static final byte QUOTE = '"';
    private static final byte CR = '\r';
    private static final byte LF = '\n';

    private final InputStream in;
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final List<String> fields = new ArrayList<>();
    private final byte[] buffer;
    private int position;
    private int limit;
    private boolean ended;
    private byte[] field = new byte[256];
    private int fieldLength;
    private long line = 1;
    private long recordLine;
    private long records;

    /** Reads from {@code in} (positioned after any byte order mark); closes it with {@link #close()}. */
    CsvRecordReader(InputStream in) {
        this(in, 1 << 16);
    }

    /** As above, reading {@code bufferSize} bytes at a time (tests use tiny buffers to cross their ends). */
    CsvRecordReader(InputStream in, int bufferSize) {
        this.in = in;
        this.buffer = new byte[bufferSize];
    }

    /** The next record's fields as written (not trimmed), or null at the end of the file. */
    String @Nullable [] next() throws IOException {
        recordLine = line;
        if (!skipEmptyLines()) {
            return null;
        }
        fields.clear();
        while (true) {
            int end = peek() == QUOTE ? quoted() : plain();
            if (end == COMMA) {
                continue;
            }
            records++;
            return fields.toArray(new String[0]);
        }
    }

    /** The line the last record returned by {@link #next()} starts on, 1-based. */
    long line() {
        return recordLine;
    }

    /** How many records {@link #next()} returned. */
    long records() {
        return records;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** Skips line ends where a record would start; false at the end of the file. */
    private boolean skipEmptyLines() throws IOException {
        while (true) {
            int b = peek();
            if (b < 0) {
                return false;
            }
            if (b != CR && b != LF) {
                return true;
            }
            lineEnd();
        }
    }

    /** Reads an unquoted field up to the next comma, line end or end of file; returns what ended it (-1: EOF). */
    private int plain() throws IOException {
        fieldLength = 0;
        boolean ascii = true;
        while (true) {
            if (position == limit && !fill()) {
                addField(ascii);
                return -1;
            }
            int start = position;
            byte[] bytes = buffer;
            int stop = limit;
            int i = start;
            byte b = 0;
            while (i < stop) {
                b = bytes[i];
                if (b == COMMA || b == CR || b == LF) {
                    break;
                }
                if (b < 0) {
                    ascii = false;
                }
                i++;
            }
            position = i;
            if (i < stop) {
                if (fieldLength == 0) {
                    fields.add(text(bytes, start, i - start, ascii));
                } else {
                    append(bytes, start, i - start);
                    addField(ascii);
                }
                if (b == COMMA) {
                    position++;
                    return COMMA;
                }
                lineEnd();
                return LF;
            }
            append(bytes, start, i - start);
        }
    }

    /** Reads a quoted field and what follows its closing quote up to the comma or line end. */
    private int quoted() throws IOException {
        position++;
        fieldLength = 0;
        boolean ascii = true;
        while (true) {
            if (position == limit && !fill()) {
                throw new NotPlain("end of file inside a quoted field");
            }
            byte b = buffer[position++];
            if (b == QUOTE) {
                if (peek() == QUOTE) {
                    position++;
                } else {
                    break;
                }
            } else if (b == CR) {
                if (peek() == LF) {
                    append(b);
                    b = buffer[position++];
                }
                line++;
            } else if (b == LF) {
                line++;
            } else if (b < 0) {
                ascii = false;
            }
            append(b);
        }
        addField(ascii);
        while (true) {
            int b = peek();
            if (b < 0) {
                return -1;
            }
            if (b == COMMA) {
                position++;
                return COMMA;
            }
            if (b == CR || b == LF) {
                lineEnd();
                return LF;
            }
            if (!isSkippedSpace(b)) {
                throw new NotPlain("text after a closing quote");
            }
            position++;
        }
    }

    /** ASCII white space other than the line ends, as Commons CSV skips it after a closing quote. */
    private static boolean isSkippedSpace(int b) {
        return b == ' ' || b == '\t' || b == 0x0B || b == 0x0C || (b >= 0x1C && b <= 0x1F);
    }

    /** Consumes one line end (CR, LF or CRLF) at the position. */
    private void lineEnd() throws IOException {
        byte b = buffer[position++];
        if (b == CR && peek() == LF) {
            position++;
        }
        line++;
    }

    /** The byte at the position without consuming it, or -1 at the end of the file. */
    private int peek() throws IOException {
        if (position == limit && !fill()) {
            return -1;
        }
        return buffer[position] & 0xFF;
    }

    private boolean fill() throws IOException {
        if (ended) {
            return false;
        }
        int n = in.read(buffer, 0, buffer.length);
        if (n <= 0) {
            ended = true;
            return false;
        }
        position = 0;
        limit = n;
        return true;
    }

    private void addField(boolean ascii) throws CharacterCodingException {
        fields.add(text(field, 0, fieldLength, ascii));
        fieldLength = 0;
    }

    private String text(byte[] bytes, int offset, int length, boolean ascii) throws CharacterCodingException {
        if (length == 0) {
            return "";
        }
        if (ascii) {
            return new String(bytes, offset, length, StandardCharsets.ISO_8859_1);
        }
        CharBuffer chars = utf8.reset().decode(ByteBuffer.wrap(bytes, offset, length));
        return chars.toString();
    }

    private void append(byte b) {
        if (fieldLength == field.length) {
            field = Arrays.copyOf(field, field.length * 2);
        }
        field[fieldLength++] = b;
    }

    private void append(byte[] bytes, int offset, int length) {
        if (fieldLength + length > field.length) {
            field = Arrays.copyOf(field, Math.max(field.length * 2, fieldLength + length));
        }
        System.arraycopy(bytes, offset, field, fieldLength, length);
        fieldLength += length;
    }

    /** CSV this reader does not take (Commons CSV reports it); the caller reads on with Commons CSV. */
    static final class NotPlain extends IOException {
        NotPlain(String what) {
            super(what);
        }
    }
}
