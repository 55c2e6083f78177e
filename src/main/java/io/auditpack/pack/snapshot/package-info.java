/** Reading published packs back: their snapshots (metrics and manifest) and small files. */
package io.auditpack.pack.snapshot;
