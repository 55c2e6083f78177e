package io.auditpack.pack;

import java.io.IOException;
import java.nio.file.Path;

/**
 * An evidence file whose bytes, read to be packed, no longer have the SHA-256 the audit took of them (declared in
 * evidence.csv and checked when the inputs were read, or computed before the audit): it changed during the run, or a
 * shared mount served stale bytes. Nothing is published; running again packs the file as it is then.
 */
public final class EvidenceChangedException extends IOException {
    public EvidenceChangedException(Path file, String audited, String packed) {
        super("evidence file " + file + " changed during the run: its SHA-256 was " + audited + " when audited and is "
                + packed + " now; nothing was published, run again once it is settled");
    }
}
