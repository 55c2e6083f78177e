package io.auditpack.report.excel;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * The {@code <sheetData>} rows of one sheet, written as XML straight into SXSSF's temporary file for that sheet:
 * no row or cell objects, the column letters computed once. SXSSF still writes the rest of the sheet part (columns,
 * panes, autofilter, hyperlinks, print setup) and injects these rows into it.
 * <p>
 * Cells are written the way SXSSF writes them: text as an inline string, with {@code xml:space="preserve"} when it
 * starts or ends with white space; {@code & < >} escaped; tab, line feed and carriage return as character
 * references; characters XML cannot hold (other controls, lone surrogates, U+FFFE/U+FFFF) as {@code ?}; and an
 * underscore that starts an {@code _xHHHH_} sequence as {@code _x005F_}, so Excel shows the text as written instead
 * of decoding it. Dates are day serial numbers, numbers their plain decimal text.
 */
class RowXml extends SheetDataWriter {
    /** Writes nothing: the rows of the layout pass of a deferred table ({@link TableSheet#deferred}). */
    static final RowXml NOWHERE = Nowhere.make();

    private static final String[] COLUMNS = new String[256];
    private static final long EXCEL_EPOCH_OFFSET = 25_569; // days from 1899-12-30 (Excel's day 0) to 1970-01-01

    static {
        for (int i = 0; i < COLUMNS.length; i++) {
            COLUMNS[i] = letters(i);
        }
    }

    private static final byte[] ROW_OPEN = ascii("<row r=\"");
    private static final byte[] ROW_OPENED = ascii("\">");
    private static final byte[] ROW_CLOSE = ascii("</row>\n");
    private static final byte[] CELL = ascii("<c s=\"");
    private static final byte[] CELL_AT = ascii("<c r=\"");
    private static final byte[] CELL_STYLE = ascii("\" s=\"");
    private static final byte[] INLINE = ascii("\" t=\"inlineStr\"><is><t>");
    private static final byte[] INLINE_PRESERVE = ascii("\" t=\"inlineStr\"><is><t xml:space=\"preserve\">");
    private static final byte[] INLINE_CLOSE = ascii("</t></is></c>");
    private static final byte[] SHARED = ascii("\" t=\"s\"><v>");
    private static final byte[] VALUE = ascii("\"><v>");
    private static final byte[] VALUE_CLOSE = ascii("</v></c>");

    private final Utf8Writer utf8;
    private int rowNumber;
    private int nextColumn;

    RowXml() throws IOException {
        super();
        this.utf8 = (Utf8Writer) _out;
    }

    /** Rows written into {@code out} instead of a temporary file (the second pass of a deferred table). */
    RowXml(Utf8Writer out) throws IOException {
        super(out);
        this.utf8 = out;
    }

    /** The temporary file is written through a {@link Utf8Writer}: the rows are most of a large workbook's work. */
    @Override
    public Writer createWriter(File file) throws IOException {
        return new Utf8Writer(decorateOutputStream(new FileOutputStream(file)));
    }

    /** Opens row {@code index} (0-based); rows are opened in increasing order and each is closed before the next. */
    void startRow(int index) {
        rowNumber = index + 1;
        nextColumn = 0;
        ascii(ROW_OPEN);
        digits(rowNumber);
        ascii(ROW_OPENED);
    }

    void endRow() {
        ascii(ROW_CLOSE);
    }

    /** Writes out what is buffered and closes the output (its end tells the reader the rows are complete). */
    @Override
    public void close() {
        try {
            _out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void text(int column, String value, int style) {
        begin(column, style);
        boolean preserve = !value.isEmpty() && (isSpace(value.charAt(0)) || isSpace(value.charAt(value.length() - 1)));
        ascii(preserve ? INLINE_PRESERVE : INLINE);
        escaped(value);
        ascii(INLINE_CLOSE);
    }

    /** A cell holding entry {@code index} of the workbook's shared strings. */
    void shared(int column, int index, int style) {
        begin(column, style);
        ascii(SHARED);
        digits(index);
        ascii(VALUE_CLOSE);
    }

    void number(int column, String plainDecimal, int style) {
        begin(column, style);
        ascii(VALUE);
        write(plainDecimal);
        ascii(VALUE_CLOSE);
    }

    void date(int column, LocalDate value, int style) {
        if (value.getYear() > 1900) {
            begin(column, style);
            ascii(VALUE);
            digits(value.toEpochDay() + EXCEL_EPOCH_OFFSET);
            ascii(VALUE_CLOSE);
        } else {
            number(column, serial(value), style);
        }
    }

    /** Excel's day serial of a date (1900 date system), as SXSSF would store it. */
    static String serial(LocalDate value) {
        if (value.getYear() > 1900) {
            return Long.toString(value.toEpochDay() + EXCEL_EPOCH_OFFSET);
        }
        double serial = DateUtil.getExcelDate(value);
        return serial == Math.rint(serial) ? Long.toString((long) serial) : Double.toString(serial);
    }

    static String column(int index) {
        return index < COLUMNS.length ? COLUMNS[index] : letters(index);
    }

    /**
     * Starts a cell. Its reference is written only when it does not follow the previous cell of the row: without
     * one, a cell is the next column (ECMA-376 18.3.1.4), which Excel, LibreOffice, POI and openpyxl all read so.
     */
    private void begin(int column, int style) {
        if (column == nextColumn) {
            ascii(CELL);
        } else {
            ascii(CELL_AT);
            write(column(column));
            digits(rowNumber);
            ascii(CELL_STYLE);
        }
        digits(style);
        nextColumn = column + 1;
    }

    /** Whether a text is written the same as an inline string and as a shared string: nothing to escape. */
    static boolean plain(String value) {
        if (value.isEmpty() || isSpace(value.charAt(0)) || isSpace(value.charAt(value.length() - 1))) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c == '&' || c == '<' || c == '>' || c == '_' || c >= '\uD800') {
                return false;
            }
        }
        return true;
    }

    private void escaped(String value) {
        int start = 0;
        int length = value.length();
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            String replacement = null;
            if (c < 0x20) {
                replacement = c == '\t' ? "&#x9;" : c == '\n' ? "&#xa;" : c == '\r' ? "&#xd;" : "?";
            } else if (c == '&') {
                replacement = "&amp;";
            } else if (c == '<') {
                replacement = "&lt;";
            } else if (c == '>') {
                replacement = "&gt;";
            } else if (c == '_' && startsEscape(value, i)) {
                replacement = "_x005F_";
            } else if (c == '\uFFFE' || c == '\uFFFF') {
                replacement = "?";
            } else if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                    continue;
                }
                replacement = "?";
            }
            if (replacement != null) {
                write(value, start, i - start);
                write(replacement);
                start = i + 1;
            }
        }
        write(value, start, length - start);
    }

    /** Whether {@code _xHHHH_} starts at {@code i}: the OOXML escape of one UTF-16 unit. */
    private static boolean startsEscape(String value, int i) {
        if (i + 6 >= value.length() || value.charAt(i + 1) != 'x' || value.charAt(i + 6) != '_') {
            return false;
        }
        for (int k = i + 2; k < i + 6; k++) {
            char h = value.charAt(k);
            if (!(h >= '0' && h <= '9' || h >= 'A' && h <= 'F' || h >= 'a' && h <= 'f')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    private static String letters(int index) {
        StringBuilder name = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            name.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return name.toString();
    }

    private void ascii(byte[] bytes) {
        try {
            utf8.ascii(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void digits(long value) {
        try {
            utf8.digits(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] ascii(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    private void write(String text) {
        try {
            _out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(String text, int offset, int length) {
        try {
            _out.write(text, offset, length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A row writer that writes nothing. */
    private static final class Nowhere extends RowXml {
        private Nowhere() throws IOException {
            super(new Utf8Writer(java.io.OutputStream.nullOutputStream()));
        }

        static RowXml make() {
            try {
                return new Nowhere();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        void startRow(int index) {}

        @Override
        void endRow() {}

        @Override
        void text(int column, String value, int style) {}

        @Override
        void shared(int column, int index, int style) {}

        @Override
        void number(int column, String plainDecimal, int style) {}

        @Override
        void date(int column, LocalDate value, int style) {}
    }
}
