package io.auditpack.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The byte-level reader of large CSV files reads exactly what Commons CSV reads (the reader of every other file):
 * the same records, values and lines on well-formed CSV, and it stops (for Commons CSV to report) where Commons CSV
 * finds the CSV malformed. Compared on many random texts made of the characters that matter.
 */
class CsvRecordReaderTest {
    private static final CSVFormat FORMAT =
            CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();
    private static final String[] PIECES = {
        "a",
        "b",
        "x1",
        ",",
        ",",
        "\"",
        "\"",
        "\"\"",
        "\n",
        "\r",
        "\r\n",
        " ",
        "\t",
        "é",
        "€",
        "\u000B",
        "\u001F",
        "EV-0001",
        "2026-03-31",
        "😀"
    };

    @Test
    void readsWhatCommonsCsvReadsOnRandomTexts() throws IOException {
        Random random = new Random(17);
        for (int i = 0; i < 30_000; i++) {
            StringBuilder text = new StringBuilder();
            int pieces = random.nextInt(40);
            for (int p = 0; p < pieces; p++) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            assertSameAsCommons(text.toString(), 1 + random.nextInt(8));
        }
    }

    @Test
    void readsLongFieldsAcrossItsBufferAsCommonsCsvDoes() throws IOException {
        String longText = "x".repeat(70_000);
        assertSameAsCommons("id,title\n1," + longText + "\n2,\"" + longText + "\"\"q\r\nz\"\n3,é" + longText, 64);
    }

    @Test
    void countsTheEmptyLinesBeforeARecordAsCommonsCsvGivesItsPosition() throws IOException {
        CsvRecordReader reader = reader("h\n\n\nv\r\n\r\nw");

        assertThat(reader.next()).containsExactly("h");
        assertThat(reader.line()).isEqualTo(1);
        assertThat(reader.next()).containsExactly("v");
        assertThat(reader.line()).isEqualTo(2);
        assertThat(reader.next()).containsExactly("w");
        assertThat(reader.line()).isEqualTo(5);
        assertThat(reader.next()).isNull();
    }

    @Test
    void stopsWhereCommonsCsvFindsTheCsvMalformed() throws IOException {
        CsvRecordReader unbalanced = reader("a,b\n\"c,d\n");
        unbalanced.next();
        assertThatThrownBy(unbalanced::next).isInstanceOf(CsvRecordReader.NotPlain.class);

        CsvRecordReader afterQuote = reader("\"a\"x,b\n");
        assertThatThrownBy(afterQuote::next).isInstanceOf(CsvRecordReader.NotPlain.class);
    }

    @Test
    void refusesBytesThatAreNotUtf8() throws IOException {
        byte[] latin1 = "id,title\n1,caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        CsvRecordReader reader = new CsvRecordReader(new ByteArrayInputStream(latin1));
        reader.next();

        assertThatThrownBy(reader::next).isInstanceOf(CharacterCodingException.class);
    }

    private static CsvRecordReader reader(String text) {
        return new CsvRecordReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Both readers over the same text (the fast one with a buffer of {@code bufferSize} bytes): equal records and
     * lines, and the fast one stops where Commons CSV fails.
     */
    private static void assertSameAsCommons(String text, int bufferSize) throws IOException {
        List<String> commons = new ArrayList<>();
        boolean commonsFailed = false;
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        try (LineCountingReader lines = new LineCountingReader(new InputStreamReader(
                        new ByteArrayInputStream(bytes),
                        StandardCharsets.UTF_8
                                .newDecoder()
                                .onMalformedInput(CodingErrorAction.REPORT)
                                .onUnmappableCharacter(CodingErrorAction.REPORT)));
                CSVParser parser = FORMAT.parse(lines)) {
            Iterator<CSVRecord> records = parser.iterator();
            while (records.hasNext()) {
                CSVRecord record = records.next();
                commons.add(lines.lineOf(record.getCharacterPosition()) + ":" + List.of(record.values()));
            }
        } catch (UncheckedIOException | IllegalStateException e) {
            commonsFailed = true;
        }
        List<String> fast = new ArrayList<>();
        boolean fastStopped = false;
        try (CsvRecordReader reader = new CsvRecordReader(new ByteArrayInputStream(bytes), bufferSize)) {
            String[] values;
            while ((values = reader.next()) != null) {
                fast.add(reader.line() + ":" + List.of(values));
            }
        } catch (CsvRecordReader.NotPlain e) {
            fastStopped = true;
        }
        String shown = text.replace("\r", "\\r").replace("\n", "\\n");
        assertThat(fastStopped).as("stops where Commons CSV fails: %s", shown).isEqualTo(commonsFailed);
        if (commonsFailed) {
            assertThat(commons).as("records before the failure: %s", shown).startsWith(fast.toArray(new String[0]));
        } else {
            assertThat(fast).as("records of %s", shown).isEqualTo(commons);
        }
    }
}
