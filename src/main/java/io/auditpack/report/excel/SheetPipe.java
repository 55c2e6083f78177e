package io.auditpack.report.excel;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Hands the bytes of one sheet's rows from the thread that makes them to the thread that writes the workbook, in
 * chunks, at most {@value #IN_FLIGHT} ahead: the maker waits when the writer falls behind, so memory stays small.
 * The end of the rows, or the failure that stopped them, travels the same way.
 */
final class SheetPipe {
    static final int IN_FLIGHT = 64;
    private static final Object END = new Object();

    private final BlockingQueue<Object> chunks = new ArrayBlockingQueue<>(IN_FLIGHT);

    /** The maker's side: each write is one chunk; closing it ends the rows. */
    OutputStream input() {
        return new OutputStream() {
            private boolean closed;

            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                if (length > 0) {
                    put(Arrays.copyOfRange(bytes, offset, offset + length));
                }
            }

            @Override
            public void close() throws IOException {
                if (!closed) {
                    closed = true;
                    put(END);
                }
            }
        };
    }

    /** Passes the failure that stopped the maker on to the writer. */
    void fail(Throwable failure) {
        try {
            put(failure);
        } catch (InterruptedIOException e) {
            // the writer is gone (the workbook was given up): nobody is left to tell
        }
    }

    /** Copies the rows into {@code out} until their end; rethrows the failure that stopped the maker. */
    void copyTo(OutputStream out) throws IOException {
        while (true) {
            Object next;
            try {
                next = chunks.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while writing the rows of a sheet");
            }
            if (next == END) {
                return;
            }
            if (next instanceof byte[] chunk) {
                out.write(chunk);
            } else {
                throw rethrown((Throwable) next);
            }
        }
    }

    private static IOException rethrown(Throwable failure) throws IOException {
        if (failure instanceof IOException io) {
            throw io;
        }
        if (failure instanceof UncheckedIOException unchecked) {
            throw unchecked.getCause();
        }
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        return new IOException("the rows of a sheet could not be made: " + failure, failure);
    }

    private void put(Object chunk) throws InterruptedIOException {
        try {
            chunks.put(chunk);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while making the rows of a sheet");
        }
    }
}
