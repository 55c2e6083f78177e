package io.auditpack.corpus;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The escapes of the corpus files, so that every case stays a readable text file: {@code \n}, {@code \r},
 * {@code \t}, {@code \0}, {@code \\}, {@code \xNN} (one raw byte, which may make the text non-UTF-8),
 * {@code \}{@code uXXXX} (a character), {@code {repeat N TEXT}} (TEXT N times), {@code {seq N TEXT}} (TEXT1TEXT2...TEXTN)
 * and {@code @NAME@} placeholders.
 */
final class Escapes {
    private static final Pattern REPEAT = Pattern.compile("\\{repeat (\\d+) ([^}]*)}");
    private static final Pattern SEQUENCE = Pattern.compile("\\{seq (\\d+) ([^}]*)}");

    private Escapes() {}

    /** The bytes a written text stands for. */
    static byte[] bytes(String written, Map<String, String> placeholders) {
        String text = expand(written, placeholders);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringBuilder plain = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\' || i + 1 >= text.length()) {
                plain.append(c);
                continue;
            }
            char next = text.charAt(++i);
            switch (next) {
                case 'n' -> plain.append('\n');
                case 'r' -> plain.append('\r');
                case 't' -> plain.append('\t');
                case '0' -> plain.append('\0');
                case '\\' -> plain.append('\\');
                case 'u' -> {
                    plain.append((char) Integer.parseInt(text.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                case 'x' -> {
                    flush(plain, out);
                    out.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
                    i += 2;
                }
                default -> throw new IllegalArgumentException("unknown escape \\" + next + " in " + written);
            }
        }
        flush(plain, out);
        return out.toByteArray();
    }

    /** The text a written text stands for (raw bytes must not be used here). */
    static String text(String written, Map<String, String> placeholders) {
        return new String(bytes(written, placeholders), StandardCharsets.UTF_8);
    }

    private static String expand(String written, Map<String, String> placeholders) {
        String text = written;
        for (Map.Entry<String, String> entry : placeholders.entrySet()) {
            text = text.replace("@" + entry.getKey() + "@", entry.getValue());
        }
        Matcher repeat = REPEAT.matcher(text);
        StringBuilder expanded = new StringBuilder();
        while (repeat.find()) {
            repeat.appendReplacement(
                    expanded, Matcher.quoteReplacement(repeat.group(2).repeat(Integer.parseInt(repeat.group(1)))));
        }
        repeat.appendTail(expanded);
        Matcher sequence = SEQUENCE.matcher(expanded.toString());
        StringBuilder numbered = new StringBuilder();
        while (sequence.find()) {
            StringBuilder items = new StringBuilder();
            for (int i = 1; i <= Integer.parseInt(sequence.group(1)); i++) {
                items.append(sequence.group(2)).append(i);
            }
            sequence.appendReplacement(numbered, Matcher.quoteReplacement(items.toString()));
        }
        sequence.appendTail(numbered);
        return numbered.toString();
    }

    private static void flush(StringBuilder plain, ByteArrayOutputStream out) {
        out.writeBytes(plain.toString().getBytes(StandardCharsets.UTF_8));
        plain.setLength(0);
    }
}
