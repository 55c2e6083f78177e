/** The published versions of a job in the output folder: their ZIPs, their {@code .sha256} sidecars and SHA-256s. */
@NullMarked
package io.auditpack.pack.version;

import org.jspecify.annotations.NullMarked;
