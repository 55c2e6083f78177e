package io.auditpack.pack;

import java.io.IOException;

/**
 * Hears how far the writing of a pack has got: the number of payload files first, then each file as it goes into
 * the ZIP. It may throw to abandon the pack (a stop was requested); the staging folder is then removed.
 */
public interface PackProgress {
    /** Ignores everything. */
    PackProgress NONE = new PackProgress() {
        @Override
        public void planned(int files) {}

        @Override
        public void packed(long bytes) {}
    };

    /** The pack will hold this many payload files. */
    void planned(int files) throws IOException;

    /** One more payload file of this many bytes is in the ZIP. */
    void packed(long bytes) throws IOException;
}
