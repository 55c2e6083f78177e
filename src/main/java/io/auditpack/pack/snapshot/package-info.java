/** Reading published packs back: their snapshots (metrics and manifest) and small files. */
@NullMarked
package io.auditpack.pack.snapshot;

import org.jspecify.annotations.NullMarked;
