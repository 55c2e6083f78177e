/** Verification of a pack ZIP: the bag, its manifests, its sidecar, its hash chain to the previous version and its signature. */
@NullMarked
package io.auditpack.pack.verify;

import org.jspecify.annotations.NullMarked;
