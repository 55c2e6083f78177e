/** Ed25519 signing of a pack's tag manifest, with keys read from PEM files. */
package io.auditpack.pack.sign;
