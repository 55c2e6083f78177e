package io.auditpack.pack.zip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Inflater;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How an entry is made ready: stored files are packed from their source, deflated output is kept or spilled. */
class EntryPreparerTest {
    @TempDir
    Path temp;

    @Test
    void aStoredFileIsPackedFromItsSourceWithoutACopy() throws IOException {
        byte[] content = pdf(300_000, 1);
        Path file = Files.write(temp.resolve("scan.pdf"), content);
        EntryPreparer preparer = new EntryPreparer(Files.createDirectories(temp.resolve("spill")), 1 << 20);

        PreparedEntry entry = preparer.prepare(file, "scan.pdf", false);

        assertThat(entry.method()).isEqualTo(ZipEntry.STORED);
        assertThat(entry.source()).isEqualTo(file);
        assertThat(entry.inMemory()).isNull();
        assertThat(entry.content().sha256()).isEqualTo(Sha256.hex(content));
        assertThat(entry.crc()).isEqualTo(crc(content));
        assertThat(read(entry)).isEqualTo(content);
        assertThat(temp.resolve("spill")).isEmptyDirectory();
    }

    @Test
    void withNoMemoryBudgetEveryEntryReadFromAStreamIsSpilledEvenAnEmptyOne() throws IOException {
        Path spill = Files.createDirectories(temp.resolve("spill"));
        EntryPreparer preparer = new EntryPreparer(spill, 0);
        byte[] text = "a worker's evidence\n".repeat(500).getBytes(StandardCharsets.UTF_8);

        PreparedEntry empty = preparer.prepare(InputStream.nullInputStream(), 0, "empty.txt");
        PreparedEntry small = preparer.prepare(new java.io.ByteArrayInputStream(text), text.length, "log.txt");

        for (PreparedEntry entry : java.util.List.of(empty, small)) {
            assertThat(entry.inMemory()).isNull();
            assertThat(entry.spilled()).isNotNull().hasParent(spill).exists();
        }
        assertThat(empty.content().size()).isZero();
        assertThat(Files.size(java.util.Objects.requireNonNull(empty.spilled())))
                .isEqualTo(empty.rawSize());
        assertThat(small.method()).isEqualTo(ZipEntry.DEFLATED);
        assertThat(small.content().sha256()).isEqualTo(Sha256.hex(text));
    }

    @Test
    void aStoredFileChangedBetweenItsDigestAndItsWritingFailsThePack() throws IOException {
        byte[] content = pdf(100_000, 2);
        Path file = Files.write(temp.resolve("scan.pdf"), content);
        PreparedEntry entry = new EntryPreparer(temp, 1 << 20).prepare(file, "scan.pdf", false);

        content[50_000] ^= 1; // same size, other bytes
        Files.write(file, content);

        assertThatThrownBy(() -> read(entry))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("scan.pdf changed while it was being packed");
    }

    @Test
    void aStoredFileThatGrewBetweenItsDigestAndItsWritingFailsThePack() throws IOException {
        byte[] content = pdf(100_000, 3);
        Path file = Files.write(temp.resolve("scan.pdf"), content);
        PreparedEntry entry = new EntryPreparer(temp, 1 << 20).prepare(file, "scan.pdf", false);

        Files.write(file, new byte[] {1, 2, 3}, java.nio.file.StandardOpenOption.APPEND);

        assertThatThrownBy(() -> read(entry)).hasMessageContaining("changed while it was being packed");
    }

    @Test
    void aRunsOwnStoredFileIsDeletedOnceReleased() throws IOException {
        Path rendered = Files.write(temp.resolve("report.bin"), pdf(10_000, 4));
        EntryPreparer preparer = new EntryPreparer(temp, 1 << 20);
        PreparedEntry entry = preparer.prepare(rendered, "data/report.pdf", true);

        preparer.release(entry);
        preparer.awaitReleased();

        assertThat(rendered).doesNotExist();
    }

    @Test
    void aLargeTextFileIsKeptInMemoryByTheSizeItCompressesTo() throws IOException {
        byte[] content = "2026-04-01T00:00:00Z backup ok\n"
                .repeat(EntryPreparer.MAX_IN_MEMORY / 30 + 1000)
                .getBytes(StandardCharsets.US_ASCII);
        Path file = Files.write(temp.resolve("large.log"), content);
        Path spill = Files.createDirectories(temp.resolve("spill"));

        PreparedEntry entry = new EntryPreparer(spill, 1 << 20).prepare(file, "large.log", false);

        assertThat(entry.method()).isEqualTo(ZipEntry.DEFLATED);
        assertThat(entry.inMemory()).hasSize((int) entry.rawSize());
        assertThat(inflate(read(entry), content.length)).isEqualTo(content);
        assertThat(spill).isEmptyDirectory();
    }

    @Test
    void deflatedOutputBeyondTheBudgetGoesToASpillFileWithTheSameBytes() throws IOException {
        byte[] content = new byte[600_000];
        new Random(5).ints(content.length, 'a', 'z' + 1).forEach(new java.util.function.IntConsumer() {
            int at;

            @Override
            public void accept(int c) {
                content[at++] = (byte) c;
            }
        });
        Path file = Files.write(temp.resolve("export.csv"), content);
        Path spill = Files.createDirectories(temp.resolve("spill"));

        PreparedEntry kept = new EntryPreparer(spill, 1 << 30).prepare(file, "export.csv", false);
        PreparedEntry spilled = new EntryPreparer(spill, 100_000).prepare(file, "export.csv", false);

        assertThat(kept.inMemory()).isNotNull();
        assertThat(spilled.spilled()).isNotNull().exists();
        assertThat(read(spilled)).isEqualTo(read(kept));
        assertThat(spilled.crc()).isEqualTo(kept.crc()).isEqualTo(crc(content));
    }

    private static byte[] pdf(int size, long seed) {
        byte[] content = new byte[size];
        new Random(seed).nextBytes(content);
        System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, content, 0, 9);
        return content;
    }

    private static long crc(byte[] content) {
        CRC32 crc = new CRC32();
        crc.update(content);
        return crc.getValue();
    }

    private static byte[] read(PreparedEntry entry) throws IOException {
        try (InputStream in = entry.openRaw()) {
            return in.readAllBytes();
        }
    }

    private static byte[] inflate(byte[] raw, int size) throws IOException {
        Inflater inflater = new Inflater(true);
        inflater.setInput(raw);
        byte[] out = new byte[size];
        try {
            int n = 0;
            while (n < size && !inflater.finished()) {
                n += inflater.inflate(out, n, size - n);
            }
            return out;
        } catch (java.util.zip.DataFormatException e) {
            throw new IOException(e);
        } finally {
            inflater.end();
        }
    }
}
