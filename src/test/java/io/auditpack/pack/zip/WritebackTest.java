package io.auditpack.pack.zip;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Flushing a growing file to disk as it is written changes none of its bytes. */
class WritebackTest {
    @TempDir
    Path folder;

    @Test
    void aFileWrittenWhileItIsFlushedHoldsExactlyWhatWasWritten() throws IOException {
        Path file = folder.resolve("pack.zip");
        byte[] chunk = new byte[1 << 20];
        Random random = new Random(9);
        long expected = 0;
        try (OutputStream raw = Files.newOutputStream(file);
                Writeback writeback = new Writeback(file);
                OutputStream out = writeback.counting(raw)) {
            for (int i = 0; i < 3 * Writeback.STEP / chunk.length + 5; i++) {
                random.nextBytes(chunk);
                out.write(chunk, 0, chunk.length);
                expected += chunk.length;
            }
        }
        assertThat(Files.size(file)).isEqualTo(expected);
        byte[] again = new byte[1 << 20];
        Random replay = new Random(9);
        replay.nextBytes(again);
        byte[] head = new byte[again.length];
        try (var in = Files.newInputStream(file)) {
            assertThat(in.readNBytes(head, 0, head.length)).isEqualTo(head.length);
        }
        assertThat(head).isEqualTo(again);
    }
}
