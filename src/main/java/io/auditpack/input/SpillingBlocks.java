package io.auditpack.input;

import io.auditpack.store.EvidenceBlocks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Keeps the encoded evidence catalog on the heap up to {@link #HEAP_BYTES}, and the rest in a temporary file mapped
 * into memory, so that the heap a run needs does not grow with the catalog: the operating system keeps the mapped
 * pages in memory while there is room and can drop and re-read them when there is not. The file is created in
 * {@code java.io.tmpdir} and removed at once (the mappings keep its content reachable until they are released), so
 * nothing is left behind, whatever happens to the run.
 */
final class SpillingBlocks implements EvidenceBlocks {
    /** The bytes kept on the heap before the rest goes to the mapped file (about 200,000 records). */
    static final long HEAP_BYTES = 16L << 20;

    private final long heapBytes;
    private final List<ByteBuffer> blocks = new ArrayList<>();
    private long kept;
    private @Nullable FileChannel file;
    private long fileSize;

    SpillingBlocks() {
        this(HEAP_BYTES);
    }

    /** A store keeping {@code heapBytes} on the heap (tests use a small number). */
    SpillingBlocks(long heapBytes) {
        this.heapBytes = heapBytes;
    }

    @Override
    public int keep(byte[] block, int length) {
        ByteBuffer buffer =
                kept + length <= heapBytes ? ByteBuffer.wrap(Arrays.copyOf(block, length)) : spill(block, length);
        kept += length;
        blocks.add(buffer.asReadOnlyBuffer());
        return blocks.size() - 1;
    }

    @Override
    public ByteBuffer block(int number) {
        return blocks.get(number);
    }

    @Override
    public void seal() {
        if (file != null) {
            try {
                file.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot close the evidence catalog's temporary file", e);
            }
            file = null;
        }
    }

    /** Whether some blocks went to the mapped file. */
    boolean spilled() {
        return fileSize > 0;
    }

    private ByteBuffer spill(byte[] block, int length) {
        try {
            if (file == null) {
                file = open();
            }
            ByteBuffer source = ByteBuffer.wrap(block, 0, length);
            long at = fileSize;
            while (source.hasRemaining()) {
                file.write(source, at + source.position());
            }
            fileSize += length;
            return file.map(FileChannel.MapMode.READ_ONLY, at, length);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot keep the evidence catalog in a temporary file in " + System.getProperty("java.io.tmpdir")
                            + " (" + e.getMessage() + ")",
                    e);
        }
    }

    private static FileChannel open() throws IOException {
        Path path = Files.createTempFile("auditpack-evidence-", ".blocks");
        FileChannel channel = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE);
        try {
            Files.delete(path);
        } catch (IOException e) {
            path.toFile().deleteOnExit(); // where an open file cannot be removed (Windows): at exit
        }
        return channel;
    }
}
