/** Verification of a pack ZIP: the bag, its manifests, its sidecar, its hash chain to the previous version and its signature. */
package io.auditpack.pack.verify;
