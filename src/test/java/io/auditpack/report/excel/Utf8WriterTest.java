package io.auditpack.report.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The sheet rows' writer writes the bytes the JDK's UTF-8 writer writes, whatever the text and its pieces. */
class Utf8WriterTest {
    private static final char[] CHARS = {'a', '<', '&', ' ', '\n', 'é', 'ß', '€', '中', '\uD83D', '\uDE00', '\uFFFD'};

    @Test
    void writesTheSameBytesAsAnOutputStreamWriterOnRandomTextCutAnywhere() throws IOException {
        Random random = new Random(3);
        for (int round = 0; round < 2_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(random.nextInt(10) == 0 ? 200_000 : 60);
            for (int i = 0; i < length; i++) {
                text.append(CHARS[random.nextInt(CHARS.length)]);
            }
            ByteArrayOutputStream expected = new ByteArrayOutputStream();
            ByteArrayOutputStream actual = new ByteArrayOutputStream();
            try (Writer jdk = new OutputStreamWriter(expected, StandardCharsets.UTF_8);
                    Writer fast = new Utf8Writer(actual)) {
                int at = 0;
                while (at < text.length()) {
                    int n = Math.min(text.length() - at, 1 + random.nextInt(70_000));
                    switch (random.nextInt(3)) {
                        case 0 -> {
                            jdk.write(text.toString(), at, n);
                            fast.write(text.toString(), at, n);
                        }
                        case 1 -> {
                            jdk.write(text.substring(at, at + n).toCharArray());
                            fast.write(text.substring(at, at + n).toCharArray());
                        }
                        default -> {
                            n = 1;
                            jdk.write(text.charAt(at));
                            fast.write(text.charAt(at));
                        }
                    }
                    at += n;
                }
            }
            assertThat(actual.toByteArray()).as("round %d", round).isEqualTo(expected.toByteArray());
        }
    }

    @Test
    void writesNumbersAsTheirDecimalTextAndAsciiAsItIs() throws IOException {
        Random random = new Random(4);
        StringBuilder expected = new StringBuilder();
        ByteArrayOutputStream actual = new ByteArrayOutputStream();
        try (Utf8Writer writer = new Utf8Writer(actual)) {
            long[] fixed = {
                0,
                7,
                9,
                10,
                99,
                100,
                999,
                1_000,
                9_999,
                10_000,
                99_999,
                100_000,
                999_999,
                1_000_000,
                9_999_999,
                10_000_000,
                99_999_999,
                100_000_000,
                999_999_999,
                1_000_000_000,
                1_048_576,
                46_023,
                Integer.MAX_VALUE,
                Integer.MAX_VALUE + 1L,
                -Integer.MAX_VALUE,
                Integer.MIN_VALUE,
                Integer.MIN_VALUE - 1L,
                -1,
                -10,
                Long.MAX_VALUE,
                Long.MIN_VALUE,
                Long.MIN_VALUE + 1
            };
            for (int i = 0; i < 200_000; i++) {
                long value = i < fixed.length ? fixed[i] : random.nextLong() >> random.nextInt(64);
                writer.digits(value);
                writer.ascii(new byte[] {'<', '/', 'v', '>'});
                expected.append(value).append("</v>");
            }
        }
        assertThat(actual.toString(StandardCharsets.UTF_8)).isEqualTo(expected.toString());
    }
}
