package io.auditpack.corpus;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A seeded mutator of input files: bit flips, truncation, deletion and duplication of spans, and insertion of the
 * tokens that break readers (quotes, BOMs, NULs, line ends, separators, bad UTF-8, YAML syntax, huge fields). An
 * xlsx is mutated inside: one ZIP entry at a time, or its raw bytes. The same seed gives the same mutations.
 */
final class Mutator {
    private static final List<byte[]> TOKENS = tokens(
            "\"",
            "\"\"",
            "\uFEFF",
            "\0",
            "\r",
            "\n",
            "\r\n",
            ",",
            ";",
            ":",
            ": ",
            "- ",
            "&a ",
            "*a",
            "!!str ",
            "{",
            "}",
            "[",
            "]",
            "%YAML 1.1\n",
            "---\n",
            "'",
            "#",
            "\t",
            "=cmd|' /C calc'!A0",
            "../",
            "/",
            "\\",
            "C:",
            "2026-02-30",
            "CC10.1",
            "A 5.15",
            "montly",
            "\u00A0",
            "\u200B",
            "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>",
            "&e;",
            "<",
            ">",
            "]]>");
    private static final byte[][] BAD_UTF8 = {
        {(byte) 0xC3, 0x28},
        {(byte) 0xFF},
        {(byte) 0xE2, (byte) 0x80},
        {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
        {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80}
    };

    private final Random random;

    Mutator(long seed) {
        this.random = new Random(seed);
    }

    /** One to four mutations of a text file's bytes. */
    byte[] mutate(byte[] original) {
        byte[] bytes = original;
        for (int n = 1 + random.nextInt(4); n > 0; n--) {
            bytes = once(bytes);
        }
        return bytes;
    }

    /** A mutated xlsx: usually one entry's content mutated (the ZIP stays valid), sometimes the raw bytes. */
    byte[] mutateXlsx(byte[] xlsx) {
        if (random.nextInt(5) == 0) {
            return mutate(xlsx);
        }
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            List<String> names = new ArrayList<>();
            List<byte[]> contents = new ArrayList<>();
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
                contents.add(in.readAllBytes());
            }
            int victim = random.nextInt(names.size());
            contents.set(victim, mutate(contents.get(victim)));
            if (random.nextInt(10) == 0) {
                names.remove(victim);
                contents.remove(victim);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                for (int i = 0; i < names.size(); i++) {
                    zip.putNextEntry(new ZipEntry(names.get(i)));
                    zip.write(contents.get(i));
                    zip.closeEntry();
                }
            }
            return out.toByteArray();
        } catch (IOException | RuntimeException e) {
            return mutate(xlsx); // not a readable ZIP to begin with (a damaged corpus workbook): mutate its bytes
        }
    }

    /** Random bytes, sometimes drawn from the tokens above: for readers fed anything at all. */
    byte[] noise(int maxLength) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int length = random.nextInt(maxLength + 1);
        while (out.size() < length) {
            if (random.nextBoolean()) {
                out.writeBytes(TOKENS.get(random.nextInt(TOKENS.size())));
            } else {
                out.write(random.nextBoolean() ? 32 + random.nextInt(95) : random.nextInt(256));
            }
        }
        return out.toByteArray();
    }

    private byte[] once(byte[] bytes) {
        int at = bytes.length == 0 ? 0 : random.nextInt(bytes.length + 1);
        return switch (random.nextInt(8)) {
            case 0 -> flip(bytes);
            case 1 -> Arrays.copyOf(bytes, at);
            case 2 -> insert(bytes, at, TOKENS.get(random.nextInt(TOKENS.size())));
            case 3 -> insert(bytes, at, BAD_UTF8[random.nextInt(BAD_UTF8.length)]);
            case 4 -> delete(bytes, at, random.nextInt(40));
            case 5 ->
                insert(bytes, at, Arrays.copyOfRange(bytes, at, Math.min(bytes.length, at + random.nextInt(200))));
            case 6 ->
                insert(
                        bytes,
                        at,
                        "x".repeat(random.nextInt(3) == 0 ? 40_000 : 300).getBytes(StandardCharsets.UTF_8));
            default -> insert(bytes, at, TOKENS.get(random.nextInt(TOKENS.size())));
        };
    }

    private byte[] flip(byte[] bytes) {
        if (bytes.length == 0) {
            return bytes;
        }
        byte[] copy = bytes.clone();
        for (int n = 1 + random.nextInt(8); n > 0; n--) {
            copy[random.nextInt(copy.length)] ^= (byte) (1 << random.nextInt(8));
        }
        return copy;
    }

    private static byte[] insert(byte[] bytes, int at, byte[] token) {
        byte[] out = new byte[bytes.length + token.length];
        System.arraycopy(bytes, 0, out, 0, at);
        System.arraycopy(token, 0, out, at, token.length);
        System.arraycopy(bytes, at, out, at + token.length, bytes.length - at);
        return out;
    }

    private static byte[] delete(byte[] bytes, int at, int length) {
        int end = Math.min(bytes.length, at + length);
        byte[] out = new byte[bytes.length - (end - at)];
        System.arraycopy(bytes, 0, out, 0, at);
        System.arraycopy(bytes, end, out, at, bytes.length - end);
        return out;
    }

    private static List<byte[]> tokens(String... texts) {
        return Arrays.stream(texts).map(t -> t.getBytes(StandardCharsets.UTF_8)).toList();
    }
}
