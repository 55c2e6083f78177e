package io.auditpack.pack.zip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DigestingStreamTest {

    @Test
    void theDigestIsThatOfEveryByteWrittenThroughInOrderAcrossManyChunks()
            throws IOException, NoSuchAlgorithmException {
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        DigestingStream stream = new DigestingStream(written);
        assertThatThrownBy(stream::sha256).isInstanceOf(IllegalStateException.class);
        Random random = new Random(3);
        for (int i = 0; i < 400; i++) {
            byte[] bytes = new byte[random.nextInt(3 * DigestingStream.CHUNK / 100)];
            random.nextBytes(bytes);
            int offset = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
            stream.write(bytes, offset, bytes.length - offset);
            stream.write(i);
        }
        stream.write(new byte[DigestingStream.CHUNK * 2 + 5]);
        stream.close();
        stream.close();

        assertThat(written.size()).isGreaterThan(4 * DigestingStream.CHUNK);
        assertThat(stream.sha256())
                .isEqualTo(HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(written.toByteArray())));
    }
}
