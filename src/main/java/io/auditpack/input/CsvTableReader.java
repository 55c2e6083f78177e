package io.auditpack.input;

import io.auditpack.domain.Finding;
import io.auditpack.domain.SourceRef;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Reads an RFC 4180 CSV file, strictly UTF-8 (a BOM tolerated), into a {@link Table}. Each record keeps the line it
 * starts on, so quoted fields spanning lines do not shift the numbers. Unreadable files become findings.
 */
final class CsvTableReader {
    static final CSVFormat FORMAT =
            CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    private CsvTableReader() {}

    /**
     * The table of a file whose rows stream from the file as they are iterated (once), for files that may be large
     * (evidence.csv): the memory needed does not grow with the file. The header is read and checked now; a file
     * that is empty, has a blank or unreadable header, or is not UTF-8 before its first record ends, is read by
     * {@link #read} instead, for the same findings. A byte that is not UTF-8 or a malformed record met while
     * iterating adds the same finding {@link #read} would and ends the rows (the rows before it were mapped).
     */
    static @Nullable Table stream(Path path, String file, FindingLog log) throws IOException {
        List<String> header;
        long headerLine;
        try (LineCountingReader reader = open(path);
                CSVParser parser = FORMAT.parse(reader)) {
            Iterator<CSVRecord> records = parser.iterator();
            CSVRecord first = records.hasNext() ? records.next() : null;
            if (first == null
                    || Arrays.stream(first.values()).allMatch(String::isBlank)
                    || first.size() > Table.MAX_COLUMNS
                    || Table.hasDuplicateNames(Arrays.asList(first.values()))) {
                return read(path, file, log);
            }
            header = Arrays.stream(first.values()).map(Trimmed::of).toList();
            headerLine = reader.lineOf(first.getCharacterPosition());
        } catch (UncheckedIOException | IllegalStateException | CharacterCodingException e) {
            return read(path, file, log);
        }
        return Table.streamed(file, headerLine, header, () -> new StreamedCsvRows(path, file, log), log);
    }

    /** A strict UTF-8 reader of a file, a leading BOM skipped, counting lines. */
    static LineCountingReader open(Path path) throws IOException {
        InputStream in = openBytes(path);
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new LineCountingReader(new InputStreamReader(in, decoder));
    }

    /** The bytes of a file, a leading BOM skipped. */
    static InputStream openBytes(Path path) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(path), 1 << 16);
        in.mark(3);
        byte[] bom = in.readNBytes(3);
        if (!(bom.length == 3 && (bom[0] & 0xFF) == 0xEF && (bom[1] & 0xFF) == 0xBB && (bom[2] & 0xFF) == 0xBF)) {
            in.reset();
        }
        return in;
    }

    /** The table of a file, or null (with findings) when it is empty, not UTF-8 or not well-formed CSV. */
    static @Nullable Table read(Path path, String file, FindingLog log) throws IOException {
        Utf8Text decoded = Utf8Text.decode(Files.readAllBytes(path));
        if (!decoded.valid()) {
            log.add(Finding.error(
                    "input.not_utf8",
                    new SourceRef(file, decoded.badLine()),
                    "",
                    "0x%02X".formatted(decoded.badByte()),
                    decoded.problem()));
            return null;
        }
        String text = decoded.text();
        if (text == null || text.isBlank()) {
            log.add(Finding.error(
                    "input.empty_file",
                    SourceRef.of(file),
                    "",
                    "",
                    "the file is empty; expected a header row naming the columns, then one row per record"));
            return null;
        }
        LineIndex lines = new LineIndex(text);
        List<Row> rows = new ArrayList<>();
        List<String> header = null;
        long headerLine = 1;
        try (CSVParser parser = FORMAT.parse(new StringReader(text))) {
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                long nextLine = parser.getCurrentLineNumber() + 1;
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    log.add(Finding.error(
                            "input.malformed_csv",
                            new SourceRef(file, nextLine),
                            "",
                            "",
                            "malformed CSV in the record starting on line " + nextLine + " (" + reason(e)
                                    + "); a field that contains a comma, a double quote or a line break must be "
                                    + "enclosed in double quotes, and a double quote inside it doubled (\"\")"));
                    return null;
                }
                long line = lines.lineOf(record.getCharacterPosition());
                List<String> values =
                        Arrays.stream(record.values()).map(Trimmed::of).toList();
                if (header == null) {
                    header = values;
                    headerLine = line;
                } else {
                    rows.add(new Row(line, values, List.of()));
                }
            }
        }
        return Table.of(
                file, headerLine, Objects.requireNonNull(header, "a non-blank text has a first record"), rows, log);
    }

    private static String reason(RuntimeException e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        return String.valueOf(cause.getMessage());
    }

    /** Maps a character position of the text to its 1-based line (CRLF, LF and lone CR all end a line). */
    private static final class LineIndex {
        private final int[] starts;

        LineIndex(String text) {
            List<Integer> list = new ArrayList<>();
            list.add(0);
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                    list.add(i + 1);
                }
            }
            starts = list.stream().mapToInt(Integer::intValue).toArray();
        }

        long lineOf(long position) {
            int found = Arrays.binarySearch(starts, (int) position);
            return (found >= 0 ? found : -found - 2) + 1L;
        }
    }
}
