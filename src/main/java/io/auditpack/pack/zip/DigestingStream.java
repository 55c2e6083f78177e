package io.auditpack.pack.zip;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Writes through to a stream and takes the SHA-256 of everything written on a thread of its own, so that hashing a
 * gigabyte-sized archive overlaps with writing it instead of following each write. The bytes are handed over in
 * chunks of {@value #CHUNK} bytes, at most {@value #IN_FLIGHT} chunks ahead of the hashing; the digest is that of
 * the bytes in the order written, so it is the same as a {@link java.security.DigestOutputStream}'s.
 */
final class DigestingStream extends OutputStream {
    static final int CHUNK = 1 << 20;
    static final int IN_FLIGHT = 8;
    private static final byte[] END = new byte[0];

    private final OutputStream out;
    private final MessageDigest digest = Sha256.newDigest();
    private final BlockingQueue<byte[]> chunks = new ArrayBlockingQueue<>(IN_FLIGHT);
    private final Thread hasher;
    private byte[] chunk = new byte[CHUNK];
    private int used;
    private boolean closed;

    DigestingStream(OutputStream out) {
        this.out = out;
        this.hasher = new Thread(this::hash, "auditpack-zip-sha256");
        hasher.setDaemon(true);
        hasher.start();
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        out.write(bytes, offset, length);
        int at = offset;
        int left = length;
        while (left > 0) {
            int n = Math.min(left, CHUNK - used);
            System.arraycopy(bytes, at, chunk, used, n);
            used += n;
            at += n;
            left -= n;
            if (used == CHUNK) {
                handOver(chunk);
                chunk = new byte[CHUNK];
                used = 0;
            }
        }
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    /** Closes the stream once the hashing has caught up with everything written. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (used > 0) {
                handOver(java.util.Arrays.copyOf(chunk, used));
            }
        } finally {
            try {
                chunks.put(END); // the hasher takes chunks until END, so this waits at most for IN_FLIGHT chunks
                hasher.join();
            } catch (InterruptedException e) {
                hasher.interrupt();
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while hashing the archive");
            } finally {
                out.close();
            }
        }
    }

    /** The SHA-256 (lower-case hex) of everything written; only after {@link #close()}, and once. */
    String sha256() {
        if (!closed || hasher.isAlive()) {
            throw new IllegalStateException("the stream is not closed");
        }
        return Sha256.hex(digest);
    }

    private void handOver(byte[] bytes) throws InterruptedIOException {
        try {
            chunks.put(bytes);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while hashing the archive");
        }
    }

    private void hash() {
        while (true) {
            byte[] next;
            try {
                next = chunks.take();
            } catch (InterruptedException e) {
                return;
            }
            if (next == END) {
                return;
            }
            digest.update(next);
        }
    }
}
