/** Ed25519 signing of a pack's tag manifest, with keys read from PEM files. */
@NullMarked
package io.auditpack.pack.sign;

import org.jspecify.annotations.NullMarked;
