package io.auditpack.pack.zip;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.CRC32;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;

/**
 * An entry's content as it is inflated, held to what the entry declares: reading stops with a
 * {@link PackFormatException} once it passes the declared size, and at the end the size and the CRC-32 must be the
 * declared ones (a damaged or altered entry, which unzip and Python refuse, is refused here too).
 */
final class CheckedEntryStream extends FilterInputStream {
    private final long declaredSize;
    private final long declaredCrc;
    private final CRC32 crc = new CRC32();
    private long read;
    private boolean checked;

    CheckedEntryStream(InputStream in, ZipArchiveEntry entry) {
        super(in);
        this.declaredSize = entry.getSize();
        this.declaredCrc = entry.getCrc();
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n < 0) {
            atEnd();
            return -1;
        }
        read += n;
        if (read > declaredSize) {
            throw new PackFormatException(
                    "it inflates to more than the " + declaredSize + " bytes its header declares");
        }
        crc.update(buffer, offset, n);
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        byte[] buffer = new byte[8192];
        long skipped = 0;
        while (skipped < n) {
            int step = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
            if (step < 0) {
                break;
            }
            skipped += step;
        }
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void atEnd() throws PackFormatException {
        if (checked) {
            return;
        }
        checked = true;
        if (read != declaredSize) {
            throw new PackFormatException("it holds " + read + " bytes but its header declares " + declaredSize);
        }
        if (crc.getValue() != declaredCrc) {
            throw new PackFormatException(
                    "CRC-32 mismatch: the ZIP declares %08x, the content has %08x (a damaged or altered entry)"
                            .formatted(declaredCrc, crc.getValue()));
        }
    }
}
