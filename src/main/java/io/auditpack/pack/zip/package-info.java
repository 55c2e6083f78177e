/** ZIP mechanics: deterministic writing with entries prepared ahead and digested as written, SHA-256 digests, and reading a pack ZIP within limits. */
@NullMarked
package io.auditpack.pack.zip;

import org.jspecify.annotations.NullMarked;
