package io.auditpack.pack.zip;

import java.io.Closeable;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Has the operating system write a file that is being written to disk as it grows, every {@value #STEP} bytes, on a
 * thread of its own: the file is flushed to disk before it is published anyway, and that flush would otherwise find
 * the whole file (most of a gigabyte) still in memory and take a second or more while nothing else happens. It
 * changes no byte and no guarantee (the flush before publishing still runs); a failure here is left for that flush
 * to report.
 */
final class Writeback implements Closeable {
    static final long STEP = 32L << 20;

    private final FileChannel channel;
    private final ExecutorService flusher;
    private final AtomicBoolean pending = new AtomicBoolean();
    private long sinceRequest;

    Writeback(Path file) throws IOException {
        this.channel = FileChannel.open(file, StandardOpenOption.READ);
        this.flusher = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "auditpack-zip-writeback");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The stream that writes into the file: what passes through it counts towards the next flush. */
    OutputStream counting(OutputStream out) {
        return new FilterOutputStream(out) {
            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                out.write(bytes, offset, length);
                written(length);
            }
        };
    }

    private void written(long bytes) {
        sinceRequest += bytes;
        if (sinceRequest >= STEP && pending.compareAndSet(false, true)) {
            sinceRequest = 0;
            flusher.execute(() -> {
                try {
                    channel.force(false);
                } catch (IOException ignored) {
                    // the flush before publishing reports it
                } finally {
                    pending.set(false);
                }
            });
        }
    }

    @Override
    public void close() throws IOException {
        flusher.shutdown();
        try {
            flusher.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        channel.close();
    }
}
