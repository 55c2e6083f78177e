package io.auditpack.input;

import io.auditpack.domain.Finding;
import io.auditpack.domain.SourceRef;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * The data rows of a streamed file, read on demand; the file is closed at the end or at the first problem. They
 * are read by {@link CsvRecordReader}, straight from the bytes; from a record it does not take (malformed CSV)
 * on, by Commons CSV, which reports the problem as {@link CsvTableReader#read} would.
 */
final class StreamedCsvRows extends LookAhead<Row> {
    private final Path path;
    private final String file;
    private final FindingLog log;
    private @Nullable CsvRecordReader fast;
    private @Nullable LineCountingReader reader;
    private @Nullable CSVParser parser;
    private @Nullable Iterator<CSVRecord> records;

    StreamedCsvRows(Path path, String file, FindingLog log) {
        this.path = path;
        this.file = file;
        this.log = log;
    }

    @Override
    protected @Nullable Row advance() {
        if (parser != null) {
            return commonsRow();
        }
        try {
            return fastRow();
        } catch (CharacterCodingException e) {
            notUtf8();
        } catch (IOException e) {
            malformed(fast == null ? 1 : fast.line(), e);
        }
        close();
        return null;
    }

    /** The next row read from the bytes, or null at the end; from malformed CSV on, the next by Commons CSV. */
    private @Nullable Row fastRow() throws IOException {
        if (fast == null) {
            fast = new CsvRecordReader(CsvTableReader.openBytes(path));
            fast.next(); // the header
        }
        String[] values;
        try {
            values = fast.next();
        } catch (CsvRecordReader.NotPlain notPlain) {
            long done = fast.records();
            fast.close();
            openCommons(done);
            return commonsRow();
        }
        if (values == null) {
            close();
            return null;
        }
        for (int i = 0; i < values.length; i++) {
            values[i] = Trimmed.of(values[i]);
        }
        return new Row(fast.line(), List.of(values), List.of());
    }

    /** Reads on with Commons CSV after the first {@code done} records (header included). */
    private void openCommons(long done) throws IOException {
        reader = CsvTableReader.open(path);
        parser = CsvTableReader.FORMAT.parse(reader);
        records = parser.iterator();
        for (long i = 0; i < done && records.hasNext(); i++) {
            records.next();
        }
    }

    private @Nullable Row commonsRow() {
        long nextLine = 0;
        try {
            nextLine = Objects.requireNonNull(parser).getCurrentLineNumber() + 1;
            Iterator<CSVRecord> remaining = Objects.requireNonNull(records);
            if (!remaining.hasNext()) {
                close();
                return null;
            }
            CSVRecord record = remaining.next();
            long line = Objects.requireNonNull(reader).lineOf(record.getCharacterPosition());
            return new Row(line, Arrays.stream(record.values()).map(Trimmed::of).toList(), List.of());
        } catch (UncheckedIOException | IllegalStateException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            if (cause instanceof CharacterCodingException) {
                notUtf8();
            } else {
                malformed(nextLine, cause);
            }
            close();
            return null;
        }
    }

    private void malformed(long nextLine, Throwable cause) {
        log.add(Finding.error(
                "input.malformed_csv",
                new SourceRef(file, nextLine),
                "",
                "",
                "malformed CSV in the record starting on line " + nextLine + " (" + cause.getMessage()
                        + "); a field that contains a comma, a double quote or a line break must be "
                        + "enclosed in double quotes, and a double quote inside it doubled (\"\")"));
    }

    private void notUtf8() {
        try {
            Utf8Text decoded = Utf8Text.decode(Files.readAllBytes(path));
            log.add(Finding.error(
                    "input.not_utf8",
                    new SourceRef(file, decoded.badLine()),
                    "",
                    "0x%02X".formatted(decoded.badByte()),
                    decoded.problem()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void close() {
        try {
            if (fast != null) {
                fast.close();
            }
            if (parser != null) {
                parser.close();
            }
        } catch (IOException ignored) {
            // reading is over; nothing was written
        }
        records = java.util.Collections.emptyIterator();
    }
}
